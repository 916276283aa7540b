package dev.odgen.runtime.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.schema.Column;
import dev.odgen.runtime.schema.ColumnType;
import dev.odgen.runtime.schema.Dialect;
import dev.odgen.runtime.schema.TableDef;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The schema policies on H2: what migrate adds, widens, records and refuses, and what validate and none do. */
class SchemaMigrationTest {
  private final H2Fixture h2 = new H2Fixture();
  private final SchemaManager schema = new SchemaManager(h2.dataSource, Dialect.H2);

  private static final TableDef V1 = TableDef.of("patient",
      Column.id("PatNum"),
      Column.string("LName", 50),
      Column.of("PatStatus", ColumnType.ENUM_ORDINAL));

  private static final TableDef V2 = TableDef.of("patient",
      Column.id("PatNum"),
      Column.string("LName", 100),
      Column.of("PatStatus", ColumnType.INT),
      Column.of("Birthdate", ColumnType.DATE),
      Column.of("Note", ColumnType.TEXT),
      Column.ref("PriProv"));

  private static final TableDef CLINIC = TableDef.of("clinic", Column.id("ClinicNum"), Column.string("Abbr", 20));

  @BeforeEach
  void v1WithARow() {
    schema.ensure(List.of(V1));
    h2.db.update("INSERT INTO `patient` (`LName`, `PatStatus`) VALUES ('Keep', 3)", List.of());
  }

  @AfterEach
  void close() {
    h2.close();
  }

  @Test
  void migrateAddsWidensCreatesKeepsRowsAndRecordsEachStatement() {
    SchemaManager.Result result = schema.apply(SchemaPolicy.MIGRATE, List.of(V2, CLINIC));

    assertEquals(List.of("clinic"), result.created());
    assertEquals(List.of("patient"), result.existing());
    assertEquals(List.of(
        "CREATE TABLE `clinic` (\n  `ClinicNum` bigint NOT NULL AUTO_INCREMENT,\n"
            + "  `Abbr` varchar(20) NOT NULL DEFAULT '',\n  PRIMARY KEY (`ClinicNum`)\n)",
        "ALTER TABLE `patient` ADD COLUMN `Birthdate` date NOT NULL DEFAULT '0001-01-01'",
        "ALTER TABLE `patient` ADD COLUMN `Note` text NOT NULL DEFAULT ''",
        "ALTER TABLE `patient` ADD COLUMN `PriProv` bigint NOT NULL DEFAULT 0",
        "CREATE INDEX `patient_PriProv` ON `patient` (`PriProv`)",
        "ALTER TABLE `patient` MODIFY COLUMN `LName` varchar(100) NOT NULL DEFAULT ''",
        "ALTER TABLE `patient` MODIFY COLUMN `PatStatus` int NOT NULL DEFAULT 0"), result.applied());
    assertEquals(List.of("Keep 3 0001-01-01  0"), h2.db.query(
        "SELECT `LName`, `PatStatus`, `Birthdate`, `Note`, `PriProv` FROM `patient`", List.of(),
        rs -> rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getString(4) + " "
            + rs.getLong(5)));
    h2.db.update("UPDATE `patient` SET `LName` = ?, `PatStatus` = 300", List.of("x".repeat(100)));
    assertEquals(result.applied(), h2.db.query("SELECT `Statement` FROM `" + SchemaManager.HISTORY_TABLE
        + "` ORDER BY `Id`", List.of(), rs -> rs.getString(1)));

    SchemaManager.Result again = schema.apply(SchemaPolicy.MIGRATE, List.of(V2, CLINIC));
    assertEquals(List.of(), again.applied(), "a second start finds nothing to do");
    assertEquals(List.of(), schema.apply(SchemaPolicy.VALIDATE, List.of(V2, CLINIC)).applied());
  }

  @Test
  void validateNamesEveryColumnAndTheStatementsAndChangesNothing() {
    var e = assertThrows(SchemaMismatchException.class, () -> schema.apply(SchemaPolicy.VALIDATE, List.of(V2)));
    String message = e.getMessage();
    assertTrue(message.startsWith("table 'patient' has no column 'Birthdate' (date)\n"), message);
    assertTrue(message.contains("table 'patient' column 'LName' is character varying(50), narrower than the spec's"
        + " varchar(100)"), message);
    assertTrue(message.contains("    ALTER TABLE `patient` MODIFY COLUMN `LName` varchar(100) NOT NULL DEFAULT '';"),
        message);
    assertTrue(message.contains("schema policy migrate"), message);
    assertEquals(List.of(3), h2.db.query("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'patient'",
        List.of(), rs -> rs.getInt(1)));
    assertFalse(historyExists());
  }

  @Test
  void noneTouchesNothingEvenAMissingTable() {
    SchemaManager.Result result = schema.apply(SchemaPolicy.NONE, List.of(V2, CLINIC));
    assertEquals(List.of(), result.applied());
    assertEquals(0, h2.db.query("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'clinic'",
        List.of(), rs -> rs.getInt(1)).get(0));
  }

  @Test
  void aColumnOfAnotherKindStopsMigrateNamingBothTypesAndChangesNothing() {
    TableDef retyped = TableDef.of("patient", Column.id("PatNum"), Column.of("LName", ColumnType.DATE),
        Column.of("Birthdate", ColumnType.DATE));
    var e = assertThrows(SchemaMismatchException.class, () -> schema.apply(SchemaPolicy.MIGRATE, List.of(retyped)));
    assertEquals("table 'patient' column 'LName' is character varying(50) and the spec needs date: odgen cannot"
        + " widen one into the other", e.getMessage().lines().findFirst().orElseThrow());
    assertTrue(e.getMessage().contains("fix: move the values and change the column's type yourself"), e.getMessage());
    assertEquals(3, columnCount(), "Birthdate was not added either");
    assertFalse(historyExists());
  }

  @Test
  void aNarrowerSpecIsLeftAloneNeverNarrowed() {
    TableDef narrower = TableDef.of("patient", Column.id("PatNum"), Column.string("LName", 10),
        Column.of("PatStatus", ColumnType.ENUM_ORDINAL));
    assertEquals(List.of(), schema.apply(SchemaPolicy.MIGRATE, List.of(narrower)).applied());
    h2.db.update("UPDATE `patient` SET `LName` = ?", List.of("y".repeat(50)));
  }

  @Test
  void aStatementFailingPartWayUndoesWhatRanAndSaysSo() {
    // an index of the name migrate will want, on another column: the CREATE INDEX after ADD COLUMN fails
    h2.db.update("CREATE INDEX `patient_PriProv` ON `patient` (`LName`)", List.of());
    var e = assertThrows(SchemaMigrationException.class, () -> schema.apply(SchemaPolicy.MIGRATE, List.of(V2, CLINIC)));
    String message = e.getMessage();
    assertTrue(message.startsWith("migrating the schema failed at: CREATE INDEX `patient_PriProv` ON `patient`"),
        message);
    assertTrue(message.contains("    ALTER TABLE `patient` DROP COLUMN `PriProv`;\n"), message);
    assertTrue(message.contains("    DROP TABLE `clinic`;\n"), message);
    assertTrue(message.endsWith("the database is as it was before the migration; nothing was recorded in "
        + SchemaManager.HISTORY_TABLE), message);
    assertEquals(3, columnCount());
    assertEquals(0, h2.db.query("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'clinic'",
        List.of(), rs -> rs.getInt(1)).get(0));
    assertFalse(historyExists());
    assertEquals(List.of("Keep"), h2.db.query("SELECT `LName` FROM `patient`", List.of(), rs -> rs.getString(1)));
  }

  @Test
  void policiesParseFromOptionsAndRefuseOthers() {
    assertEquals(SchemaPolicy.MIGRATE, SchemaPolicy.parse(" Migrate "));
    var e = assertThrows(IllegalArgumentException.class, () -> SchemaPolicy.parse("drop"));
    assertEquals("unknown schema policy 'drop': use validate, migrate or none", e.getMessage());
  }

  private int columnCount() {
    return h2.db.query("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'patient'", List.of(),
        rs -> rs.getInt(1)).get(0);
  }

  private boolean historyExists() {
    return h2.db.query("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = ?",
        List.of(SchemaManager.HISTORY_TABLE), rs -> rs.getInt(1)).get(0) > 0;
  }
}
