package dev.odgen.cli;

import dev.odgen.codegen.diff.DiffReport;
import dev.odgen.codegen.diff.MigrationScript;
import dev.odgen.codegen.diff.SpecDiff;
import dev.odgen.runtime.schema.Dialect;
import dev.odgen.spec.SpecInput;
import dev.odgen.spec.diag.SpecException;
import dev.odgen.spec.model.ApiModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code odgen diff OLD NEW}: every change between two specs with its place, classified for API clients and for
 * stored data; with {@code --sql} the migration script that carries a database of OLD to NEW.
 */
@Command(name = "diff",
    description = {"List every change between two specs (folders, files or spec jars), each with its place in NEW"
        + " (in OLD for removals), classified for API clients (breaking, compatible) and for stored data.",
        "With --sql, print the statements that bring a database of OLD to NEW instead (destructive ones"
            + " commented out); with --sql and -o, write them as a Flyway migration V<version>__<description>.sql."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        ExitCodes.OK + ":compared (changes or not, unless --fail-on says otherwise)",
        ExitCodes.SPEC_ERRORS + ":a spec has errors (printed as validate prints them)",
        ExitCodes.USAGE + ":the command line is wrong",
        ExitCodes.FAILURE + ":a file could not be read or written",
        ExitCodes.CHANGES_REFUSED + ":--fail-on breaking found a breaking change, or an enum member's stored value"
            + " changed (always refused: stored rows would change meaning)"})
final class DiffCommand implements Callable<Integer> {

  /** When the comparison itself should fail the command. */
  enum FailOn {
    BREAKING
  }

  @Parameters(index = "0", paramLabel = "OLD", description = "The spec before: a folder, a file or a spec jar.")
  Path oldSpec;

  @Parameters(index = "1", paramLabel = "NEW", description = "The spec after: a folder, a file or a spec jar.")
  Path newSpec;

  @Option(names = "--json", description = "Print the changes as JSON.")
  boolean json;

  @Option(names = "--fail-on", paramLabel = "breaking", converter = FailOnConverter.class,
      description = "Exit with " + ExitCodes.CHANGES_REFUSED + " when a change breaks API clients.")
  FailOn failOn;

  @Option(names = "--sql", paramLabel = "DATABASE", converter = DialectConverter.class,
      description = "Print the migration statements for mariadb (also MySQL) or h2 instead of the changes.")
  Dialect sql;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "With --sql: write the script into DIR as a Flyway versioned migration and print the changes.")
  Path output;

  @Option(names = "--migration-version", paramLabel = "VERSION",
      description = "The Flyway version of the script written with -o (default: NEW's api.docsVersion).")
  String migrationVersion;

  @Option(names = "--description", paramLabel = "TEXT",
      description = "The Flyway description of the script written with -o (default: odgen <old version> to <new>).")
  String description;

  @Option(names = "--base-dir", paramLabel = "DIR",
      description = "Folder that paths in messages are relative to (default: the working directory).")
  Path baseDir;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (output != null && sql == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "-o needs --sql mariadb|h2");
    }
    Path base = baseDir != null ? baseDir : Path.of("").toAbsolutePath();
    ApiModel before = load("OLD", oldSpec, base);
    ApiModel after = load("NEW", newSpec, base);
    DiffReport report = SpecDiff.compare(before, after);
    PrintWriter out = spec.commandLine().getOut();
    String oldLabel = SpecInput.of(oldSpec).label(base);
    String newLabel = SpecInput.of(newSpec).label(base);
    if (sql != null) {
      MigrationScript script = MigrationScript.between(before, after, sql);
      String text = script.render(oldLabel, newLabel, sql);
      if (output == null) {
        out.print(text);
      } else {
        Path file = write(text, before, after);
        print(report, oldLabel, newLabel, out);
        out.println("wrote " + file);
      }
    } else {
      print(report, oldLabel, newLabel, out);
    }
    out.flush();
    return exitCode(report);
  }

  private void print(DiffReport report, String oldLabel, String newLabel, PrintWriter out) {
    if (json) {
      out.println(DiffJson.of(report, oldLabel, newLabel));
    } else {
      out.print(report.render());
    }
  }

  private int exitCode(DiffReport report) {
    PrintWriter err = spec.commandLine().getErr();
    if (report.errors() > 0) {
      err.println("error: " + report.errors() + (report.errors() == 1 ? " enum member's" : " enum members'")
          + " stored value changed: rows stored before would silently change meaning");
      err.println("  fix: keep each member's stored number; give a new member a new number");
      err.flush();
      return ExitCodes.CHANGES_REFUSED;
    }
    if (failOn == FailOn.BREAKING && report.hasBreaking()) {
      err.println("error: " + report.count(dev.odgen.codegen.diff.ClientImpact.BREAKING)
          + " breaking change(s) for API clients (--fail-on breaking)");
      err.flush();
      return ExitCodes.CHANGES_REFUSED;
    }
    return ExitCodes.OK;
  }

  private Path write(String text, ApiModel before, ApiModel after) throws IOException {
    String version = migrationVersion != null ? migrationVersion : after.api().docsVersion();
    String words = description != null ? description
        : "odgen " + before.api().docsVersion() + " to " + after.api().docsVersion();
    String name;
    try {
      name = MigrationScript.fileName(version, words);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage()
          + (migrationVersion == null ? " (NEW's api.docsVersion; set --migration-version)" : ""));
    }
    Files.createDirectories(output);
    Path file = output.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** Loads one side; its errors are printed under a line that says which side they belong to. */
  private ApiModel load(String side, Path path, Path base) throws IOException {
    try {
      return SpecInput.of(path).load(base);
    } catch (SpecException e) {
      spec.commandLine().getErr().println("error: the " + side + " spec " + SpecInput.of(path).label(base)
          + " has errors:");
      throw e;
    }
  }

  /** {@code mariadb} or {@code h2}, any case. */
  static final class DialectConverter implements ITypeConverter<Dialect> {
    @Override
    public Dialect convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "mariadb", "mysql" -> Dialect.MARIADB;
        case "h2" -> Dialect.H2;
        default -> throw new TypeConversionException("unknown database '" + value + "'; use mariadb or h2");
      };
    }
  }

  /** {@code breaking}, any case. */
  static final class FailOnConverter implements ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      if (value.equalsIgnoreCase("breaking")) {
        return FailOn.BREAKING;
      }
      throw new TypeConversionException("unknown --fail-on '" + value + "'; use breaking");
    }
  }
}
