package dev.odgen.samples.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.wire.Checks;
import dev.odgen.samples.opendental.server.OpenDentalServer;
import dev.odgen.samples.testdb.ScratchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Open Dental creates its columns NOT NULL without a DEFAULT (only date and time columns get one), and the
 * server inserts only the columns it knows. MariaDB fills the blank value in when the session is not strict, and
 * refuses the whole row when it is. The server's sessions are not strict unless its JDBC URL sets sql_mode; a URL
 * that makes them strict gets an answer naming the column and the fix.
 */
class NoColumnDefaultsTest {
  private static final Pattern REFUSED_COLUMN = Pattern.compile("column `patient`\\.`(\\w+)` is NOT NULL without a DEFAULT");

  private static ScratchDatabase database;
  /** The patient columns whose DEFAULT was dropped. */
  private static final List<String> WITHOUT_DEFAULT = new ArrayList<>();

  @BeforeAll
  static void patientTableWithoutDefaults() throws Exception {
    database = ScratchDatabase.create("nodefaults");
    database.runScript("/mariadb/opendental-tables.sql");
    try (Connection c = database.connect(); ResultSet rs = c.createStatement().executeQuery(
        "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'patient'"
            + " AND DATA_TYPE NOT IN ('date', 'datetime', 'time', 'timestamp') AND COLUMN_NAME <> 'PatNum'")) {
      while (rs.next()) {
        WITHOUT_DEFAULT.add(rs.getString(1));
      }
    }
    for (String column : WITHOUT_DEFAULT) {
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
  void withThePlainUrlTheServerCreatesRowsAndMariaDbFillsTheBlanks() {
    try (OpenDentalServer server = TestServers.start(database.url())) {
      Http.Answer created = TestServers.http(server).post("/patients", "{\"LName\":\"Lax\",\"FName\":\"Mode\"}");
      assertEquals(201, created.status(), created.body());
    }
    assertEquals("Mode||0", database.value("SELECT CONCAT_WS('|', FName, Title, OdgenTestExtraNum) FROM patient"
        + " WHERE LName = 'Lax'"));
  }

  @Test
  void anOverlongNameIsRefusedBeforeTheNonStrictSessionCouldTruncateIt() {
    String name = "L".repeat(256);
    try (OpenDentalServer server = TestServers.start(database.url())) {
      Http.Answer created = TestServers.http(server).post("/patients", "{\"LName\":\"" + name + "\",\"FName\":\"Long\"}");
      assertEquals(400, created.status(), created.body());
      assertTrue(created.body().contains("LName"), created.body());
    }
    assertEquals("0", database.value("SELECT COUNT(*) FROM patient WHERE FName = 'Long'"));
  }

  @Test
  void aTextOverTheColumnsCapacityIsRefusedBeforeTheNonStrictSessionCouldTruncateIt() {
    String note = "n".repeat(Checks.TEXT_BYTES + 1);
    try (OpenDentalServer server = TestServers.start(database.url())) {
      Http.Answer created = TestServers.http(server).post("/patients",
          "{\"LName\":\"Noted\",\"FName\":\"Long\",\"FamFinUrgNote\":\"" + note + "\"}");
      assertEquals(400, created.status(), created.body());
      assertTrue(created.body().startsWith("FamFinUrgNote: "), created.body());
      assertTrue(created.body().endsWith("is not a text of at most 65535 bytes in UTF-8 (it has 65536)"), created.body());
    }
    assertEquals("0", database.value("SELECT COUNT(*) FROM patient WHERE LName = 'Noted'"));
  }

  @Test
  void aUrlThatMakesTheSessionStrictGetsTheColumnAndTheFixAndNothingIsWritten() {
    try (OpenDentalServer server = TestServers.start(database.url() + "?sessionVariables=sql_mode=STRICT_TRANS_TABLES")) {
      Http.Answer created = TestServers.http(server).post("/patients", "{\"LName\":\"Strict\",\"FName\":\"Mode\"}");
      assertEquals(500, created.status(), created.body());
      Matcher column = REFUSED_COLUMN.matcher(created.body());
      assertTrue(column.find(), created.body());
      assertTrue(WITHOUT_DEFAULT.contains(column.group(1)), column.group(1) + " had a default: " + created.body());
      assertTrue(created.body().contains("leave sql_mode out of the JDBC URL"), created.body());
    }
    assertEquals("0", database.value("SELECT COUNT(*) FROM patient WHERE LName = 'Strict'"));
  }
}
