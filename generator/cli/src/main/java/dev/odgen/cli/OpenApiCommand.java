package dev.odgen.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.odgen.codegen.openapi.DocumentText;
import dev.odgen.codegen.openapi.OpenApiDocument;
import dev.odgen.spec.model.ApiModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code odgen openapi [SPEC] [-o FILE] [--format yaml|json]}: writes the OpenAPI 3.1 document of a spec, the
 * same one kind {@code openapi} generates and a generated server serves, to a file or to stdout.
 */
@Command(name = "openapi",
    description = "Write the OpenAPI 3.1 document of a spec (to stdout, or to a file with -o).")
final class OpenApiCommand implements Callable<Integer> {

  /** The two forms the document is written in. */
  enum Format { YAML, JSON }

  @Mixin
  SpecArgument specArgument;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the document to FILE (replaced whole, never half-written) instead of stdout.")
  Path output;

  @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
      description = "yaml or json (default: from FILE's extension, else yaml).")
  Format format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ApiModel model = specArgument.load();
    ObjectNode document = OpenApiDocument.of(model);
    Format chosen = format != null ? format : fromExtension(output);
    String text = chosen == Format.JSON ? DocumentText.json(document) : DocumentText.yaml(document);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return ExitCodes.OK;
    }
    AtomicFile.write(output, text);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%s: OpenAPI %s, %s, %s%n", output, OpenApiDocument.VERSION,
        Counts.count(document.get("paths").size(), "path"), Counts.of(model));
    out.flush();
    return ExitCodes.OK;
  }

  private static Format fromExtension(Path output) {
    return output != null && output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
        ? Format.JSON : Format.YAML;
  }

  /** {@code yaml} or {@code json}, any case; anything else is a usage error naming both. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("unknown format '" + value + "'; use yaml or json");
      }
    }
  }
}
