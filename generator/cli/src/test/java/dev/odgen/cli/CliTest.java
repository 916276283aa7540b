package dev.odgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.odgen.spec.SpecFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The odgen command line: exit codes and what goes to stdout and stderr. */
class CliTest {

  private static final String PATIENTS = """
      resource: Patients
      entity: Patient
      path: /patients
      table: patient
      id: PatNum
      fields:
        - {name: PatNum, type: id}
        - {name: LName, type: string}
      operations:
        get: {}
        create:
          required: [LName]
      """;

  @TempDir
  Path root;

  private String baseDir;

  @BeforeEach
  void writeSpec() throws IOException {
    SpecFixture.withApi().file("patients.yaml", PATIENTS).writeTo(root);
    baseDir = root.toString();
  }

  @Test
  void validatePrintsASummaryOfAValidSpec() {
    Run run = run("validate", "--base-dir", baseDir, root.resolve("spec").toString());
    run.assertExit(0);
    assertEquals("ok: 1 resource, 2 fields, 2 endpoints, 0 enums (spec)\n", run.out);
    assertEquals("", run.err);
  }

  @Test
  void validatePrintsEveryProblemToStderrAndExitsWithOne() throws IOException {
    SpecFixture.withApi()
        .file("patients.yaml", PATIENTS.replace("type: string", "type: strng").replace("get: {}", "gett: {}"))
        .writeTo(root);
    Run run = run("validate", "--base-dir", baseDir, root.resolve("spec").toString());
    run.assertExit(1);
    assertEquals("", run.out);
    assertEquals("""
        spec/patients.yaml:8:25: error: unknown type 'strng'
          for field 'LName' (spec/patients.yaml:8:5)
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of bool, byte, color, date, dateTime, double, enum, float, id, int, interval, long, model, money, ref, string, text, time, timestamp; did you mean 'string'?
        spec/patients.yaml:10:3: error: unknown key 'gett'
          in resource 'Patients' (spec/patients.yaml:1:1)
          fix: use one of create, delete, get, list, update; did you mean 'get'?
        2 errors
        """, run.err);
  }

  @Test
  void aMissingSpecIsAnInputErrorWithoutStackTrace() {
    Run run = run("validate", "--base-dir", baseDir, root.resolve("nothere").toString());
    run.assertExit(3);
    assertEquals("error: cannot read nothere: no such file or folder\n", run.err);
  }

  @Test
  void verboseIsAcceptedAfterTheSubcommandAndShowsTheStackTrace() {
    Run run = run("validate", "--verbose", "--base-dir", baseDir, root.resolve("nothere").toString());
    run.assertExit(3);
    assertTrue(run.err.startsWith("error: cannot read nothere: no such file or folder\n"), run.err);
    assertTrue(run.err.contains("java.nio.file.NoSuchFileException"), run.err);
  }

  @Test
  void describeJsonCarriesTheComputedModel() throws IOException {
    Run run = run("describe", "--json", "--base-dir", baseDir, root.resolve("spec").toString());
    run.assertExit(0);
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertEquals("spec", json.path("spec").asText());
    assertEquals("Test", json.path("api").path("name").asText());
    JsonNode patients = json.path("resources").path(0);
    assertEquals("Patient", patients.path("entity").asText());
    assertEquals("patient", patients.path("table").asText());
    assertEquals("PatNum", patients.path("id").asText());
    JsonNode lName = patients.path("fields").path(1);
    assertEquals("LName", lName.path("name").asText());
    assertEquals("lName", lName.path("javaName").asText());
    assertEquals("string", lName.path("type").asText());
    assertTrue(lName.path("requiredOnCreate").asBoolean());
    assertFalse(lName.path("readOnly").asBoolean());
    assertTrue(lName.path("nullable").asBoolean());
    assertEquals("none", json.path("api").path("auth").path("type").asText());
    assertEquals("null", json.path("api").path("blanks").asText());
    assertEquals("reject", json.path("api").path("strictness").path("extraBodyFields").asText());
    assertEquals("/patients/{PatNum}", patients.path("operations").path(0).path("path").asText());
    assertEquals("POST", patients.path("operations").path(1).path("method").asText());
  }

  @Test
  void describeShowsInternalFields() throws IOException {
    SpecFixture.withApi().file("patients.yaml", PATIENTS.replace("  - {name: LName, type: string}",
        "  - {name: LName, type: string}\n  - {name: PinHash, type: string, internal: true}")).writeTo(root);
    Run json = run("describe", "--json", "--base-dir", baseDir, root.resolve("spec").toString());
    json.assertExit(0);
    JsonNode fields = new ObjectMapper().readTree(json.out).path("resources").path(0).path("fields");
    assertTrue(fields.path(2).path("internal").asBoolean(), fields.toString());
    assertFalse(fields.path(1).has("internal"), "only internal fields say so");
    Run outline = run("describe", "--base-dir", baseDir, root.resolve("spec").toString());
    assertTrue(outline.out.contains("PinHash  string, read-only, internal\n"), outline.out);
  }

  @Test
  void describeWithoutJsonPrintsAnOutline() {
    Run run = run("describe", "--base-dir", baseDir, root.resolve("spec").toString());
    run.assertExit(0);
    assertEquals("""
        Test (Test) at /api, package test.generated
        1 resource, 2 fields, 2 endpoints, 0 enums, 0 exclusions (spec)
        auth: none; blanks: null; errors: problem; strictness: requiredReferences existing, requiredStrings nonBlank, extraBodyFields reject; integrity: foreignKeys false, deleteReferenced refuse

        Patients: entity Patient, table patient, id PatNum, path /patients
          fields:
            PatNum  id, read-only
            LName   string, required
          operations:
            GET    get      /patients/{PatNum}
            POST   create   /patients
              body: LName*

        enums:

        exclusions:
        """, run.out);
  }

  @Test
  void usageErrorsExitWithTwo() {
    Run unknownOption = run("validate", "--bogus");
    unknownOption.assertExit(2);
    assertTrue(unknownOption.err.startsWith("Unknown option: '--bogus'"), unknownOption.err);
    run().assertExit(2);
    run("frobnicate").assertExit(2);
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    Run run = run("--help");
    run.assertExit(0);
    assertTrue(run.out.contains("validate  Check a spec"), run.out);
    assertTrue(run.out.contains("describe  Print the linked model"), run.out);
    assertTrue(run.out.contains("""
        Exit codes:
          0   done; the spec is valid
          1   the spec has errors (printed to stderr with file:line:column)
          2   the command line is wrong
          3   a file could not be read or written, or an internal error
        """), run.out);
  }

  @Test
  void everySubcommandTakesHelp() {
    for (String command : List.of("generate", "validate", "describe", "schema", "init")) {
      for (String help : List.of("--help", "-h")) {
        Run run = run(command, help);
        run.assertExit(0);
        assertTrue(run.out.startsWith("Usage: odgen " + command), command + " " + help + ":\n" + run.out + run.err);
        assertTrue(run.err.isEmpty(), run.err);
      }
    }
  }

  @Test
  void versionNamesOdgen() {
    Run run = run("--version");
    run.assertExit(0);
    assertTrue(run.out.startsWith("odgen "), run.out);
  }

  @Test
  void internalErrorsAskForAReportAndHideTheStackTraceUnlessVerbose() {
    Run quiet = runFailing(false);
    quiet.assertExit(3);
    assertEquals("internal error: java.lang.IllegalStateException: boom (please report)\n"
        + "run again with --verbose to see the stack trace\n", quiet.err);
    Run verbose = runFailing(true);
    verbose.assertExit(3);
    assertTrue(verbose.err.contains("\tat dev.odgen.cli.CliTest$Failing.call"), verbose.err);
  }

  @CommandLine.Command(name = "failing")
  static final class Failing implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("boom");
    }
  }

  private static Run runFailing(boolean verbose) {
    CommandLine commandLine = new CommandLine(new Failing());
    commandLine.setExecutionExceptionHandler(new ErrorHandler(() -> verbose));
    return Run.of(commandLine);
  }

  private static Run run(String... args) {
    return Run.of(OdgenCommand.commandLine(args), args);
  }

  /** One run of a command line, with what it printed. */
  private record Run(int exit, String out, String err) {

    static Run of(CommandLine commandLine, String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      commandLine.setOut(new PrintWriter(out));
      commandLine.setErr(new PrintWriter(err));
      int exit = commandLine.execute(args);
      return new Run(exit, out.toString(), err.toString());
    }

    void assertExit(int expected) {
      assertEquals(expected, exit, () -> "exit code; stdout:\n" + out + "\nstderr:\n" + err);
    }
  }
}
