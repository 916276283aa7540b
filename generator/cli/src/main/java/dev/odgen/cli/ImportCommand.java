package dev.odgen.cli;

import dev.odgen.openapi.ImportException;
import dev.odgen.openapi.ImportResult;
import dev.odgen.openapi.OpenApiImporter;
import dev.odgen.openapi.SpecDirectory;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code odgen import openapi.yaml -o DIR}: writes an odgen spec from an OpenAPI 3.0 or 3.1 document. Problems with
 * the document are printed with their JSON pointer and line (exit 1); the spec folder is written whole or not at
 * all, and only where no folder with files is.
 */
@Command(name = "import",
    description = "Write an odgen spec (a new folder) from an OpenAPI 3.0 or 3.1 document, JSON or YAML.")
final class ImportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DOCUMENT", description = "The OpenAPI document (.json, .yaml or .yml).")
  Path document;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "The spec folder to create; it must not exist or be empty.")
  Path output;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    String text = Files.readString(document, StandardCharsets.UTF_8);
    ImportResult result;
    try {
      result = OpenApiImporter.importDocument(text, document.toString());
    } catch (ImportException e) {
      err.print(e.render());
      err.flush();
      return ExitCodes.SPEC_ERRORS;
    }
    try {
      SpecDirectory.write(output, result.files());
    } catch (DirectoryNotEmptyException e) {
      err.println("error: " + output + " is not empty: import writes a new spec folder; choose another or empty it");
      err.flush();
      return ExitCodes.USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%s: %s, %s, %s, %s; %s left out%s%n", output, Counts.count(result.resources(), "resource"),
        Counts.count(result.fields(), "field"), Counts.count(result.endpoints(), "endpoint"),
        Counts.count(result.enums(), "enum"), Counts.count(result.leftOut().size(), "thing"),
        result.leftOut().isEmpty() ? "" : " (listed in " + output.resolve("exclusions.yaml") + ")");
    out.flush();
    for (String item : result.leftOut()) {
      err.println("warning: not mapped: " + item);
    }
    err.flush();
    return ExitCodes.OK;
  }
}
