package dev.odgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code odgen schema}: the DDL of the bundled Open Dental spec, per database and per resource selection. */
class SchemaCommandTest {

  @Test
  void printsTheMariaDbTablesOfTheSelectedResources() {
    Run run = run("schema", "--resources", "Patients,Definitions");
    run.assertExit(0);
    assertTrue(run.out.contains("CREATE TABLE `patient` (\n  `PatNum` bigint NOT NULL AUTO_INCREMENT,\n"), run.out);
    assertTrue(run.out.contains("  `Birthdate` date NOT NULL DEFAULT '0001-01-01',\n"), run.out);
    assertTrue(run.out.contains(") DEFAULT CHARSET=utf8mb4;\n"), run.out);
    assertTrue(run.out.contains("CREATE INDEX `patient_Guarantor` ON `patient` (`Guarantor`);\n"), run.out);
    assertTrue(run.out.contains("CREATE TABLE `definition` ("), run.out);
    assertFalse(run.out.contains("CREATE TABLE `appointment`"), "only the selected resources: " + run.out);
    assertEquals("", run.err);
  }

  @Test
  void h2HasItsOwnTypesAndNoTableOptions() {
    Run run = run("schema", "--dialect", "h2", "--resources", "Benefits");
    run.assertExit(0);
    assertTrue(run.out.contains("CREATE TABLE `benefit` ("), run.out);
    assertTrue(run.out.contains("  `Quantity` smallint NOT NULL DEFAULT 0,\n"), run.out);
    assertFalse(run.out.contains("DEFAULT CHARSET"), run.out);
    assertFalse(run.out.contains("unsigned"), run.out);
  }

  @Test
  void anUnknownDialectIsAUsageError() {
    Run run = run("schema", "--dialect", "oracle");
    run.assertExit(2);
    assertTrue(run.err.contains("unknown dialect 'oracle'; use mariadb or h2"), run.err);
  }

  private static Run run(String... args) {
    var commandLine = OdgenCommand.commandLine();
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
