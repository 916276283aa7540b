package dev.odgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code odgen init}: a starter spec that validates and generates, written only where it harms nothing. */
class InitCommandTest {

  @TempDir
  Path root;

  @Test
  void writesAStarterSpecThatValidatesAndGenerates() throws IOException {
    Path dir = root.resolve("my-api");
    Run init = run("init", dir.toString(), "--name", "Chores", "--package", "org.acme.chores");
    init.assertExit(0);
    assertEquals("wrote a starter spec to " + dir + ": api.yaml, tasks.yaml\nnext:\n  odgen validate " + dir
        + "\n  odgen generate " + dir + " -o generated\n", init.out);
    assertTrue(Files.readString(dir.resolve("api.yaml")).contains("  name: Chores\n"));

    Run validate = run("validate", "--base-dir", root.toString(), dir.toString());
    validate.assertExit(0);
    assertEquals("ok: 1 resource, 6 fields, 5 endpoints, 1 enum (my-api)\n", validate.out);

    Path out = root.resolve("generated");
    Run generate = run("generate", dir.toString(), "-o", out.toString());
    generate.assertExit(0);
    assertEquals("", generate.err);
    assertTrue(Files.exists(out.resolve("org/acme/chores/server/ChoresServer.java")));
    assertTrue(Files.exists(out.resolve("org/acme/chores/client/TasksClient.java")));
  }

  @Test
  void neverWritesBesideAnotherSpec() throws IOException {
    Files.writeString(root.resolve("api.yaml"), "api: {name: Mine}\n");
    Run run = run("init", root.toString());
    run.assertExit(2);
    assertEquals("error: " + root + " already holds api.yaml; odgen reads every *.yaml of a spec folder, so init"
        + " writes only into one without them\n  fix: give another DIR, e.g. 'odgen init my-api'\n", run.err);
    assertEquals("api: {name: Mine}\n", Files.readString(root.resolve("api.yaml")), "nothing was overwritten");
    assertFalse(Files.exists(root.resolve("tasks.yaml")));
  }

  @Test
  void aNameThatCannotNameJavaTypesWritesNothing() {
    Path dir = root.resolve("bad");
    Run run = run("init", dir.toString(), "--name", "My API");
    run.assertExit(1);
    assertTrue(run.err.contains("error: "), run.err);
    assertFalse(Files.exists(dir.resolve("api.yaml")), "a starter that would not validate is not written");
  }

  private static Run run(String... args) {
    CommandLine commandLine = OdgenCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return new Run(commandLine.execute(args), out.toString(), err.toString());
  }

  private record Run(int exit, String out, String err) {
    void assertExit(int expected) {
      assertEquals(expected, exit, () -> "exit code; stdout:\n" + out + "\nstderr:\n" + err);
    }
  }
}
