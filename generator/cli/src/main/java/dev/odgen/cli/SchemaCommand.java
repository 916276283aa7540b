package dev.odgen.cli;

import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.Codegen;
import dev.odgen.codegen.CodegenRequest;
import dev.odgen.codegen.emit.GeneratedFile;
import dev.odgen.spec.model.ApiModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code odgen schema [SPEC] --dialect mariadb|h2}: prints the CREATE TABLE statements the generated server
 * runs for missing tables, for a DBA to review before the server first starts. The text is the schema script
 * the generator writes ({@code schema/<dialect>.sql}), so there is one source of DDL.
 */
@Command(name = "schema",
    description = "Print the CREATE TABLE statements the generated server would run, for review.")
final class SchemaCommand implements Callable<Integer> {

  /** The databases a script exists for; the names are the script file names. */
  enum Database {
    MARIADB, H2;

    String scriptName() {
      return name().toLowerCase(Locale.ROOT) + ".sql";
    }
  }

  @Mixin
  SpecArgument specArgument;

  @Option(names = "--dialect", paramLabel = "DATABASE", defaultValue = "mariadb", converter = DatabaseConverter.class,
      description = "mariadb (also for MySQL) or h2 (default: ${DEFAULT-VALUE}).")
  Database dialect;

  @Option(names = "--resources", split = ",", paramLabel = "NAME",
      description = "Only the tables of these resources (resource or entity names, e.g. Patients,Appointment).")
  List<String> resources = List.of();

  @Option(names = "--exclude", split = ",", paramLabel = "NAME", description = "Leave out these resources.")
  List<String> exclude = List.of();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ApiModel model = specArgument.load();
    CodegenRequest request = CodegenRequest.builder(Path.of("."))  // nothing is written: only emit() runs
        .spec(specArgument.input())
        .baseDir(specArgument.baseDir())
        .only(ArtifactKind.SCHEMA)
        .include(resources)
        .exclude(exclude)
        .build();
    Optional<GeneratedFile> script = new Codegen().emit(model, specArgument.input().label(specArgument.baseDir()), request).stream()
        .filter(file -> file.path().endsWith("/" + dialect.scriptName()))
        .findFirst();
    PrintWriter out = spec.commandLine().getOut();
    out.print(script.map(GeneratedFile::content).orElse("-- no selected resource has a table\n"));
    out.flush();
    return ExitCodes.OK;
  }

  /** {@code mariadb} or {@code h2}, any case; anything else is a usage error naming both. */
  static final class DatabaseConverter implements ITypeConverter<Database> {
    @Override
    public Database convert(String value) {
      try {
        return Database.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("unknown dialect '" + value + "'; use mariadb or h2");
      }
    }
  }
}
