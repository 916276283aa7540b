package dev.odgen.samples.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.odgen.samples.opendental.server.OpenDentalServer;
import dev.odgen.samples.testdb.ScratchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Open Dental creates its columns NOT NULL without a DEFAULT (only date and time columns get one), and the
 * server inserts only the columns it knows. Whether such an insert works depends on the session's sql_mode:
 * MariaDB fills the blank value in when it is not strict, and refuses the whole row when it is.
 */
class NoColumnDefaultsTest {
  private static ScratchDatabase database;

  @BeforeAll
  static void patientTableWithoutDefaults() throws Exception {
    database = ScratchDatabase.create("nodefaults");
    database.runScript("/mariadb/opendental-tables.sql");
    List<String> columns = new ArrayList<>();
    try (Connection c = database.connect(); ResultSet rs = c.createStatement().executeQuery(
        "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'patient'"
            + " AND DATA_TYPE NOT IN ('date', 'datetime', 'time', 'timestamp') AND COLUMN_NAME <> 'PatNum'")) {
      while (rs.next()) {
        columns.add(rs.getString(1));
      }
    }
    for (String column : columns) {
      database.execute("ALTER TABLE patient ALTER COLUMN `" + column + "` DROP DEFAULT");
    }
  }

  @AfterAll
  static void drop() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void withANonStrictSessionTheServerCreatesRowsAndMariaDbFillsTheBlanks() {
    try (OpenDentalServer server = TestServers.start(database.url() + "?sessionVariables=sql_mode=NO_ENGINE_SUBSTITUTION")) {
      Http.Answer created = TestServers.http(server).post("/patients", "{\"LName\":\"Lax\",\"FName\":\"Mode\"}");
      assertEquals(201, created.status(), created.body());
    }
    assertEquals("Mode||0", database.value("SELECT CONCAT_WS('|', FName, Title, OdgenTestExtraNum) FROM patient"
        + " WHERE LName = 'Lax'"));
  }

  @Test
  void withAStrictSessionTheInsertIsRefusedWholeAndNothingIsWritten() {
    try (OpenDentalServer server = TestServers.start(database.url())) {
      Http.Answer created = TestServers.http(server).post("/patients", "{\"LName\":\"Strict\",\"FName\":\"Mode\"}");
      System.out.println("NoColumnDefaultsTest strict: " + created.status() + " " + created.body());
      assertNotEquals(201, created.status(), created.body());
    }
    assertEquals("0", database.value("SELECT COUNT(*) FROM patient WHERE LName = 'Strict'"));
  }
}
