package dev.odgen.samples.app.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.server.StatusException;
import dev.odgen.samples.app.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The read-only proof of the Queries actions, run on each database (H2 here, MariaDB in the subclass): every kind
 * of write (DML, DDL, stacked statements, comments hiding statements, SELECT ... INTO OUTFILE/DUMPFILE/variables,
 * locking reads, functions that write files or take locks, H2's data-change tables) is refused, the table's rows
 * and the database's tables are exactly as before, and no file appears. Then the database-level guard alone (the
 * SELECT check bypassed) refuses the writes too; and the timeout and the row limits hold.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReadOnlyQueryContract {
  private static final Path OUTFILE = Path.of(System.getProperty("java.io.tmpdir"), "odgen-readonly-proof.csv");

  /** The writes that must be refused, by kind. */
  static final Map<String, String> ATTEMPTS = new LinkedHashMap<>();

  static {
    ATTEMPTS.put("DML insert", "INSERT INTO probe VALUES (9, 'x')");
    ATTEMPTS.put("DML update", "UPDATE probe SET name = 'x'");
    ATTEMPTS.put("DML delete", "DELETE FROM probe");
    ATTEMPTS.put("DML replace", "REPLACE INTO probe VALUES (1, 'x')");
    ATTEMPTS.put("DML merge", "MERGE INTO probe KEY(id) VALUES (1, 'x')");
    ATTEMPTS.put("DML insert select", "INSERT INTO probe SELECT id + 10, name FROM probe");
    ATTEMPTS.put("DML with", "WITH x AS (SELECT 1 AS a) DELETE FROM probe");
    ATTEMPTS.put("DDL drop", "DROP TABLE probe");
    ATTEMPTS.put("DDL create", "CREATE TABLE intruder (a INT)");
    ATTEMPTS.put("DDL create temporary", "CREATE TEMPORARY TABLE intruder AS SELECT * FROM probe");
    ATTEMPTS.put("DDL alter", "ALTER TABLE probe ADD COLUMN z INT");
    ATTEMPTS.put("DDL truncate", "TRUNCATE TABLE probe");
    ATTEMPTS.put("DDL rename", "RENAME TABLE probe TO intruder");
    ATTEMPTS.put("DDL grant", "GRANT ALL ON probe TO PUBLIC");
    ATTEMPTS.put("DDL create user", "CREATE USER intruder PASSWORD 'x'");
    ATTEMPTS.put("stacked delete", "SELECT 1; DELETE FROM probe");
    ATTEMPTS.put("stacked drop", "SELECT * FROM probe;DROP TABLE probe;");
    ATTEMPTS.put("stacked update", "SELECT 1 ; UPDATE probe SET name = 'y'");
    ATTEMPTS.put("stacked after string", "SELECT 'a;b'; DELETE FROM probe");
    ATTEMPTS.put("comment before", "/* report */ DELETE FROM probe");
    ATTEMPTS.put("comment line", "-- report\nDELETE FROM probe");
    ATTEMPTS.put("comment hiding stack", "SELECT 1 -- x\n; DELETE FROM probe");
    ATTEMPTS.put("hash comment stack", "SELECT 1 # x\n; DROP TABLE probe");
    ATTEMPTS.put("executable comment", "SELECT 1 /*!50000 ; DELETE FROM probe */");
    ATTEMPTS.put("executable comment alone", "/*! DELETE FROM probe */");
    ATTEMPTS.put("mariadb executable comment", "SELECT 1 /*M! ; DELETE FROM probe */");
    ATTEMPTS.put("optimizer hint", "SELECT /*+ SET_VAR(sql_mode='') */ 1");
    ATTEMPTS.put("unterminated comment", "SELECT 1 /* ; DELETE FROM probe");
    ATTEMPTS.put("into outfile", "SELECT * FROM probe INTO OUTFILE '" + OUTFILE + "'");
    ATTEMPTS.put("into outfile first", "SELECT * INTO OUTFILE '" + OUTFILE + "' FROM probe");
    ATTEMPTS.put("into dumpfile", "SELECT name FROM probe LIMIT 1 INTO DUMPFILE '" + OUTFILE + "'");
    ATTEMPTS.put("into variable", "SELECT name INTO @v FROM probe LIMIT 1");
    ATTEMPTS.put("locking for update", "SELECT * FROM probe FOR UPDATE");
    ATTEMPTS.put("locking for update nowait", "SELECT * FROM probe FOR UPDATE NOWAIT");
    ATTEMPTS.put("locking share mode", "SELECT * FROM probe LOCK IN SHARE MODE");
    ATTEMPTS.put("locking for share", "SELECT * FROM probe FOR SHARE");
    ATTEMPTS.put("lock tables", "LOCK TABLES probe WRITE");
    ATTEMPTS.put("function file_write", "SELECT FILE_WRITE('x', '" + OUTFILE + "')");
    ATTEMPTS.put("function csvwrite", "SELECT CSVWRITE('" + OUTFILE + "', 'SELECT * FROM probe')");
    ATTEMPTS.put("function load_file", "SELECT LOAD_FILE('/etc/passwd')");
    ATTEMPTS.put("function get_lock", "SELECT GET_LOCK('odgen', 1)");
    ATTEMPTS.put("function sleep", "SELECT SLEEP(5)");
    ATTEMPTS.put("function nextval", "SELECT NEXTVAL('seq')");
    ATTEMPTS.put("h2 data change table", "SELECT * FROM FINAL TABLE (INSERT INTO probe VALUES (8, 'y'))");
    ATTEMPTS.put("variable assignment", "SELECT @a := 1");
    ATTEMPTS.put("set", "SET @a = 1");
    ATTEMPTS.put("call", "CALL SLEEP(1)");
    ATTEMPTS.put("do", "DO SLEEP(1)");
    ATTEMPTS.put("execute immediate", "EXECUTE IMMEDIATE 'DELETE FROM probe'");
    ATTEMPTS.put("handler", "HANDLER probe OPEN");
    ATTEMPTS.put("load data", "LOAD DATA INFILE '/etc/passwd' INTO TABLE probe");
    ATTEMPTS.put("shutdown", "SHUTDOWN");
    ATTEMPTS.put("null byte", "SELECT 1\0; DELETE FROM probe");
    ATTEMPTS.put("null escape", "SELECT * FROM probe WHERE name = '\\0'");
  }

  /** Direct writes the database itself must refuse on a query connection, the SELECT check bypassed. */
  static final List<String> DIRECT_WRITES = List.of("INSERT INTO probe VALUES (9, 'x')",
      "UPDATE probe SET name = 'x'", "DELETE FROM probe", "CREATE TABLE intruder (a INT)", "DROP TABLE probe",
      "ALTER TABLE probe ADD COLUMN z INT", "TRUNCATE TABLE probe");

  private Database database;
  private QueryRunner runner;
  private ReadOnlyConnections connections;

  abstract String url();

  abstract String user();

  abstract String password();

  /** Prints what was proved, per database. */
  abstract String backend();

  @BeforeAll
  void createProbeTable() throws Exception {
    database = Database.open(url(), user(), password());
    database.db().update("CREATE TABLE probe (id INT PRIMARY KEY, name VARCHAR(20))", List.of());
    for (int i = 1; i <= 150; i++) {
      database.db().update("INSERT INTO probe VALUES (?, ?)", List.of(i, "row" + i));
    }
    connections = ReadOnlyConnections.of(database.dataSource().getJdbcUrl(), user(), password(), database.db());
    runner = new QueryRunner(connections, Duration.ofSeconds(2));
  }

  @AfterAll
  void close() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void everyWriteAttemptIsRefusedAndNothingChanges() throws Exception {
    String before = snapshot();
    List<String> notRefused = new ArrayList<>();
    for (Map.Entry<String, String> attempt : ATTEMPTS.entrySet()) {
      try {
        runner.run(attempt.getValue(), 0, 100);
        notRefused.add(attempt.getKey());
      } catch (StatusException e) {
        if (e.status() != 401) {
          notRefused.add(attempt.getKey() + " (" + e.status() + ": " + e.getMessage() + ")");
        }
      }
      assertEquals(before, snapshot(), "after " + attempt.getKey());
    }
    assertFalse(Files.exists(OUTFILE), "no file was written");
    assertTrue(notRefused.isEmpty(), "not refused with 401: " + notRefused);
    System.out.println("read-only proof on " + backend() + ": " + ATTEMPTS.size() + " write attempts, all refused"
        + " with 401, probe rows and tables unchanged");
  }

  @Test
  void theDatabaseItselfRefusesWritesOnAQueryConnection() throws Exception {
    String before = snapshot();
    try (Connection c = connections.open(); Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT COUNT(*) FROM probe")) {
      assertTrue(rs.next());
      assertEquals(150, rs.getInt(1), "a query connection reads");
    }
    List<String> accepted = new ArrayList<>();
    for (String write : DIRECT_WRITES) {
      try (Connection c = connections.open(); Statement s = c.createStatement()) {
        s.execute(write);
        accepted.add(write);
      } catch (SQLException expected) {
        // refused by the database: a SELECT-only user (H2), a read-only transaction (MariaDB)
      }
      assertEquals(before, snapshot(), "after " + write);
    }
    assertTrue(accepted.isEmpty(), "the database accepted " + accepted);
    System.out.println("database-level guard on " + backend() + ": " + DIRECT_WRITES.size()
        + " direct writes, all refused by the database");
  }

  @Test
  void selectsRunAndAnswerPagesOfAtMostTheLimit() {
    QueryRunner.Result first = runner.run("SELECT id, name AS label FROM probe ORDER BY id", 0, 100);
    assertEquals(100, first.rows().size());
    assertTrue(first.truncated());
    assertEquals(List.of("id", "label"), first.columns().stream().map(c -> c.toLowerCase()).toList());
    QueryRunner.Result last = runner.run(" SELECT id FROM probe ORDER BY id ; ", 100, 100);
    assertEquals(50, last.rows().size());
    assertFalse(last.truncated());
    assertEquals(101, last.rows().get(0).elements().next().asInt());
    QueryRunner.Result tricky = runner.run("SELECT 'a'';DELETE FROM probe;--' AS s, 'INTO' AS t", 0, 100);
    assertEquals("a';DELETE FROM probe;--", tricky.rows().get(0).elements().next().asText());
  }

  @Test
  void aBadQueryIs400WithTheDatabasesMessage() {
    StatusException e = assertThrows(StatusException.class, () -> runner.run("SELECT * FROM payperiod", 0, 100));
    assertEquals(400, e.status());
    assertTrue(e.getMessage().startsWith("SqlCommand: "), e.getMessage());
  }

  @Test
  void aLongQueryIsStoppedByTheTimeout() {
    long started = System.nanoTime();
    StatusException e = assertThrows(StatusException.class, () -> runner.run(slowQuery(), 0, 100));
    assertEquals(400, e.status(), e.getMessage());
    assertTrue(e.getMessage().contains("longer than"), e.getMessage());
    assertTrue(System.nanoTime() - started < Duration.ofSeconds(30).toNanos(), "stopped well before it finished");
  }

  /** A SELECT that takes far longer than two seconds. */
  abstract String slowQuery();

  private String snapshot() throws SQLException {
    try (Connection c = java.sql.DriverManager.getConnection(url(), user(), password());
        Statement s = c.createStatement()) {
      StringBuilder out = new StringBuilder();
      try (var rs = s.executeQuery("SELECT id, name FROM probe ORDER BY id")) {
        while (rs.next()) {
          out.append(rs.getInt(1)).append('=').append(rs.getString(2)).append(';');
        }
      }
      try (var rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          out.append(" table ").append(rs.getString("TABLE_NAME").toLowerCase());
        }
      }
      try (var rs = c.getMetaData().getColumns(c.getCatalog(), null, "probe", "%")) {
        while (rs.next()) {
          out.append(" col ").append(rs.getString("COLUMN_NAME"));
        }
      }
      return out.toString();
    }
  }
}
