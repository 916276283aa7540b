package dev.odgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code odgen openapi} and {@code odgen import}: the document out, a spec back in, and their errors. */
class OpenApiCommandsTest {

  private static final Path CLINIC = Path.of(System.getProperty("odgen.golden.dir"), "clinic", "spec");

  @TempDir
  Path dir;

  @Test
  void openapiWritesYamlToStdoutAndJsonToAJsonFile() throws Exception {
    Run yaml = run("openapi", CLINIC.toString());
    assertEquals(0, yaml.exit, yaml.err);
    assertTrue(yaml.out.startsWith("openapi: 3.1.0\n"), yaml.out);

    Path file = dir.resolve("out/clinic.json");
    Run json = run("openapi", CLINIC.toString(), "-o", file.toString());
    assertEquals(0, json.exit, json.err);
    assertEquals(file + ": OpenAPI 3.1.0, 24 paths, 6 resources, 65 fields, 33 endpoints, 5 enums\n", json.out);
    assertTrue(Files.readString(file).startsWith("{\n  \"openapi\": \"3.1.0\","));
    assertEquals(1, Files.list(file.getParent()).count(), "no temporary file left");
  }

  @Test
  void anInvalidSpecGivesTheUsualSpecErrorsAndNoDocument() throws Exception {
    Path spec = Files.createDirectories(dir.resolve("bad"));
    Files.writeString(spec.resolve("api.yaml"), "api: {name: Bad, basePath: /v1, package: com.example.bad}\n");
    Files.writeString(spec.resolve("things.yaml"), "resource: Things\nentity: Thing\npath: /things\ntable: thing\nid: ThingNum\nfields:\n"
        + "  - {name: ThingNum, type: idd}\n");
    Path file = dir.resolve("bad.yaml");
    Run run = run("openapi", spec.toString(), "--base-dir", dir.toString(), "-o", file.toString());
    assertEquals(1, run.exit, run.err);
    assertTrue(run.err.startsWith("bad/things.yaml:7:28: error: unknown type 'idd'"), run.err);
    assertFalse(Files.exists(file));
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Run run = run("openapi", CLINIC.toString(), "--format", "xml");
    assertEquals(2, run.exit);
    assertTrue(run.err.contains("unknown format 'xml'; use yaml or json"), run.err);
  }

  @Test
  void importBringsTheExportedSpecBack() throws Exception {
    Path document = dir.resolve("clinic.yaml");
    assertEquals(0, run("openapi", CLINIC.toString(), "-o", document.toString()).exit);
    Run imported = run("import", document.toString(), "-o", dir.resolve("spec").toString());
    assertEquals(0, imported.exit, imported.err);
    assertEquals(dir.resolve("spec") + ": 6 resources, 65 fields, 33 endpoints, 5 enums; 0 things left out\n",
        imported.out);
    Run validate = run("validate", dir.resolve("spec").toString(), "--base-dir", dir.toString());
    assertEquals("ok: 6 resources, 65 fields, 33 endpoints, 5 enums (spec)\n", validate.out);
  }

  @Test
  void aBadDocumentIsReportedWithPointerAndLineAndNothingIsWritten() throws Exception {
    Path document = dir.resolve("bad.yaml");
    Files.writeString(document, "openapi: 3.0.3\ninfo:\n  title: T\npaths: {}\n");
    Run run = run("import", document.toString(), "-o", dir.resolve("spec").toString());
    assertEquals(1, run.exit);
    assertEquals(document + ":3:3: error: /info/version: info.version is missing\n1 error\n", run.err);
    assertFalse(Files.exists(dir.resolve("spec")));
  }

  @Test
  void importNeverWritesIntoAFolderWithFiles() throws Exception {
    Path document = dir.resolve("clinic.yaml");
    run("openapi", CLINIC.toString(), "-o", document.toString());
    Files.createDirectories(dir.resolve("spec"));
    Files.writeString(dir.resolve("spec/notes.txt"), "mine");
    Run run = run("import", document.toString(), "-o", dir.resolve("spec").toString());
    assertEquals(2, run.exit);
    assertTrue(run.err.startsWith("error: " + dir.resolve("spec") + " is not empty"), run.err);
    assertEquals(1, Files.list(dir.resolve("spec")).count());
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var commandLine = OdgenCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exit = commandLine.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private record Run(int exit, String out, String err) {}
}
