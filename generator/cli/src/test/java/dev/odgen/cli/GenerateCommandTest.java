package dev.odgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.codegen.testing.GoldenFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code odgen generate}: what it writes, the line it prints, and how it fails. */
class GenerateCommandTest {

  private static final Path CASE = GoldenFiles.caseDir("clinic");

  @TempDir
  Path out;

  @Test
  void generatesEverythingAndPrintsOneLine() {
    Run run = generate();
    run.assertExit(0);
    assertTrue(run.out.matches(expectedFiles() + " files written, 0 unchanged, 0 removed in \\d+\\.\\d\\d s\n"),
        run.out);
    assertEquals("", run.err);
    assertTrue(Files.exists(out.resolve("com/example/clinic/entity/Patient.java")));
    assertTrue(Files.exists(out.resolve("com/example/clinic/schema/mariadb.sql")));
  }

  @Test
  void aSecondRunWritesNothing() {
    generate().assertExit(0);
    Run again = generate();
    again.assertExit(0);
    assertTrue(again.out.startsWith("0 files written, " + expectedFiles() + " unchanged, 0 removed in "), again.out);
  }

  @Test
  void optionsNarrowWhatIsGenerated() throws IOException {
    Run run = generate("--only", "entities", "--resources", "Provider", "--package", "org.acme");
    run.assertExit(0);
    try (var files = Files.walk(out)) {
      List<String> written = files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).sorted().toList();
      assertEquals(List.of(".odgen-manifest", "org/acme/entity/Provider.java"), written);
    }
  }

  @Test
  void aDryRunChangesNothing() {
    Run run = generate("--dry-run");
    run.assertExit(0);
    assertTrue(run.out.startsWith(expectedFiles() + " files to write, 0 unchanged, 0 to remove in "), run.out);
    assertTrue(run.out.endsWith("(dry run: nothing was changed)\n"), run.out);
    assertFalse(Files.exists(out.resolve("com")));
  }

  @Test
  void anUnknownKindIsAUsageError() {
    Run run = generate("--only", "entities,dto");
    run.assertExit(2);
    assertTrue(run.err.contains("unknown kind 'dto'; use one of entities, daos, schema, server, client, openapi"), run.err);
  }

  @Test
  void anUnknownResourceIsAUsageErrorWithASuggestion() {
    Run run = generate("--resources", "Patiens");
    run.assertExit(2);
    assertEquals("error: unknown resource 'Patiens' to include\n"
        + "  fix: use one of Appointments, Patients, Procedures, Providers, Reports, Visits; did you mean 'Patients'?\n", run.err);
  }

  @Test
  void anOutputThatIsAFileFailsWithoutAStackTrace() throws IOException {
    Path file = Files.writeString(out.resolve("taken"), "x");
    Run run = run("generate", "--base-dir", CASE.toString(), CASE.resolve("spec").toString(), "-o", file.toString());
    run.assertExit(3);
    assertTrue(run.err.startsWith("error: the output ") && run.err.contains("is not a directory"), run.err);
    assertFalse(run.err.contains("\tat "), run.err);
  }

  @Test
  void withoutASpecItSaysWhichSpecItGenerates() {
    Run run = run("generate", "-o", out.toString(), "--only", "entities", "--resources", "Definitions", "--dry-run");
    run.assertExit(0);
    assertEquals("odgen: no SPEC given: generating the bundled Open Dental spec (odgen init writes a starter spec of"
        + " your own)\n", run.err);
    assertTrue(run.out.contains("files to write"), run.out);
  }

  @Test
  void theOutputIsRequired() {
    run("generate", CASE.resolve("spec").toString()).assertExit(2);
  }

  /** How many files the golden case expects: everything the spec generates. */
  private static long expectedFiles() {
    try (var files = Files.walk(CASE.resolve("expected"))) {
      return files.filter(Files::isRegularFile).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Run generate(String... options) {
    List<String> args = new ArrayList<>(List.of("generate", "--base-dir", CASE.toString(),
        CASE.resolve("spec").toString(), "-o", out.toString()));
    args.addAll(List.of(options));
    return run(args.toArray(String[]::new));
  }

  private static Run run(String... args) {
    CommandLine commandLine = OdgenCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return new Run(commandLine.execute(args), out.toString(), err.toString());
  }

  /** One run of the command line, with what it printed. */
  private record Run(int exit, String out, String err) {
    void assertExit(int expected) {
      assertEquals(expected, exit, () -> "exit code; stdout:\n" + out + "\nstderr:\n" + err);
    }
  }
}
