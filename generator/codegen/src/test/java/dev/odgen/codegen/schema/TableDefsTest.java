package dev.odgen.codegen.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.codegen.testing.SampleModels;
import dev.odgen.runtime.schema.Column;
import dev.odgen.runtime.schema.ColumnType;
import dev.odgen.runtime.schema.Dialect;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.Resource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The tables of the spec's resources: their Open Dental shape, and that each database runs their DDL. */
class TableDefsTest {

  private final ApiModel model = SampleModels.clinic();
  private final Resource patients = model.resource("Patients").orElseThrow();

  @Test
  void followsOpenDentalsColumnRules() {
    List<String> statements = Dialect.MARIADB.createTable(TableDefs.of(patients, model));
    String table = statements.get(0);
    assertTrue(table.startsWith("CREATE TABLE `patient` (\n  `PatNum` bigint NOT NULL AUTO_INCREMENT,\n"), table);
    for (String column : List.of(
        "`LName` varchar(100) NOT NULL DEFAULT ''",
        "`Gender` tinyint NOT NULL DEFAULT 0",
        "`PatStatus` varchar(255) NOT NULL DEFAULT ''",
        "`Signals` int NOT NULL DEFAULT 0",
        "`Birthdate` date NOT NULL DEFAULT '0001-01-01'",
        "`DateTimeDeceased` datetime NOT NULL DEFAULT '0001-01-01 00:00:00'",
        "`PreferContactTime` time NOT NULL DEFAULT '00:00:00'",
        "`EstBalance` double NOT NULL DEFAULT 0",
        "`Urgency` tinyint unsigned NOT NULL DEFAULT 0",
        "`Delta` tinyint NOT NULL DEFAULT 0",
        "`Note` text NOT NULL,",
        "`ColorOverride` int NOT NULL DEFAULT 0",
        "`DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP",
        "PRIMARY KEY (`PatNum`)")) {
      assertTrue(table.contains(column), () -> "missing " + column + " in\n" + table);
    }
    assertTrue(table.endsWith("\n) DEFAULT CHARSET=utf8mb4"), table);
    assertTrue(!table.contains("priProvAbbr") && !table.contains("serverDateTime"), "derived fields are not columns");
    assertEquals(List.of("CREATE INDEX `patient_PriProv` ON `patient` (`PriProv`)",
            "CREATE INDEX `patient_PrefProv` ON `patient` (`PrefProv`)"),
        statements.subList(1, statements.size()));
  }

  @Test
  void h2HasNoUnsignedTinyint() {
    assertEquals("smallint NOT NULL DEFAULT 0", Dialect.H2.columnDefinition(Column.of("U", ColumnType.BYTE)));
  }

  @Test
  void runsOnH2InMySqlModeAndFillsBlankDefaults() throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:h2:mem:ddl;MODE=MySQL")) {
      create(db, Dialect.H2);
      try (Statement statement = db.createStatement()) {
        statement.execute("INSERT INTO patient (LName, Note) VALUES ('Smith', '')");
        try (ResultSet row = statement.executeQuery("SELECT PatNum, FName, Birthdate, DateTStamp FROM patient")) {
          row.next();
          assertEquals(1, row.getLong("PatNum"));
          assertEquals("", row.getString("FName"));
          assertEquals("0001-01-01", row.getString("Birthdate"));
          assertTrue(row.getTimestamp("DateTStamp") != null);
        }
      }
    }
  }

  @Test
  void runsOnMariaDb() throws SQLException {
    String url = "jdbc:mariadb://127.0.0.1:3306/";
    Connection server;
    try {
      server = DriverManager.getConnection(url, "root", "");
    } catch (SQLException e) {
      Assumptions.abort("skipped: no MariaDB at " + url + " (" + e.getMessage() + ")");
      return;
    }
    try (server; Statement admin = server.createStatement()) {
      // A name of its own per run, so two builds on one machine never share the database.
      String name = "odgen_codegen_ddl_"
          + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() & 0xFFFFFFFL);
      admin.execute("CREATE DATABASE " + name);
      try (Connection db = DriverManager.getConnection(url + name, "root", "")) {
        create(db, Dialect.MARIADB);
      } finally {
        admin.execute("DROP DATABASE " + name);
      }
    }
  }

  private void create(Connection db, Dialect dialect) throws SQLException {
    try (Statement statement = db.createStatement()) {
      for (Resource resource : model.resources().stream().filter(Resource::hasTable).toList()) {
        for (String sql : dialect.createTable(TableDefs.of(resource, model))) {
          statement.execute(sql);
        }
      }
    }
  }
}
