package dev.odgen.runtime.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.odgen.runtime.schema.Column;
import dev.odgen.runtime.schema.ColumnType;
import dev.odgen.runtime.schema.Dialect;
import dev.odgen.runtime.schema.TableDef;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchemaManagerTest {
  private final H2Fixture h2 = new H2Fixture();
  private final SchemaManager schema = new SchemaManager(h2.dataSource, Dialect.H2);

  private static final TableDef PATIENT = TableDef.of("patient",
      Column.id("PatNum"),
      Column.string("LName", 100),
      Column.ref("PriProv"),
      Column.of("Birthdate", ColumnType.DATE),
      Column.of("PatStatus", ColumnType.ENUM_ORDINAL),
      Column.of("Note", ColumnType.TEXT),
      Column.of("DateTStamp", ColumnType.TIMESTAMP));

  @AfterEach
  void close() {
    h2.close();
  }

  @Test
  void createsMissingTablesOnceAndLeavesThemAlone() {
    assertCreatedAndExisting(List.of("patient"), List.of(), schema.ensure(List.of(PATIENT)));
    h2.db.update("INSERT INTO `patient` (`LName`, `Note`) VALUES (?, ?)", List.of("Smith", ""));
    assertCreatedAndExisting(List.of(), List.of("patient"), schema.ensure(List.of(PATIENT)));
    assertEquals(List.of("Smith"), h2.db.query("SELECT `LName` FROM `patient`", List.of(), rs -> rs.getString(1)));
  }

  @Test
  void refusesATableThatLacksAColumn() {
    h2.db.update("CREATE TABLE patient (PatNum bigint PRIMARY KEY, LName varchar(100), PriProv bigint,"
        + " PatStatus tinyint, Note text, DateTStamp timestamp)", List.of());
    h2.db.update("INSERT INTO patient (PatNum, LName) VALUES (1, 'Keep')", List.of());
    TableDef other = TableDef.of("procedurelog", Column.id("ProcNum"));
    var e = assertThrows(SchemaMismatchException.class, () -> schema.ensure(List.of(other, PATIENT)));
    assertEquals(
        "table 'patient' has no column 'Birthdate' (date)\n"
            + "odgen creates missing tables but under the schema policy validate never alters existing ones.\n"
            + "  fix: run these statements (e.g. with 'odgen diff OLD NEW --sql mariadb|h2' as a Flyway script),"
            + " or start the server with the schema policy migrate, which runs and records them:\n"
            + "    ALTER TABLE `patient` ADD COLUMN `Birthdate` date NOT NULL DEFAULT '0001-01-01';",
        e.getMessage());
    // nothing was created or changed
    assertEquals(List.of("Keep"), h2.db.query("SELECT LName FROM patient", List.of(), rs -> rs.getString(1)));
    assertCreatedAndExisting(List.of("procedurelog"), List.of(), schema.ensure(List.of(other)));
  }

  @Test
  void foreignKeysAreAddedOnceEveryTableExistsWhateverTheirOrder() {
    TableDef book = TableDef.of("book", Column.id("BookId"),
        Column.ref("AuthorId").asNullable().referencing("author", "AuthorId"),
        Column.ref("SequelOf").asNullable().referencing("book", "BookId"));
    TableDef author = TableDef.of("author", Column.id("AuthorId"), Column.string("Name", 50).asNullable());
    schema.ensure(List.of(book, author));   // book comes first and refers to author and to itself
    h2.db.update("INSERT INTO `author` (`Name`) VALUES (NULL)", List.of());
    h2.db.update("INSERT INTO `book` (`AuthorId`, `SequelOf`) VALUES (1, NULL)", List.of());
    var refused = assertThrows(DataAccessException.class,
        () -> h2.db.update("DELETE FROM `author` WHERE `AuthorId` = 1", List.of()));
    assertEquals("23503", ((java.sql.SQLException) refused.getCause()).getSQLState());
    assertThrows(DataAccessException.class,
        () -> h2.db.update("INSERT INTO `book` (`AuthorId`) VALUES (42)", List.of()));
  }

  @Test
  void ddlPerDialect() {
    assertEquals(
        List.of(
            "CREATE TABLE `patient` (\n"
                + "  `PatNum` bigint NOT NULL AUTO_INCREMENT,\n"
                + "  `LName` varchar(100) NOT NULL DEFAULT '',\n"
                + "  `PriProv` bigint NOT NULL DEFAULT 0,\n"
                + "  `Birthdate` date NOT NULL DEFAULT '0001-01-01',\n"
                + "  `PatStatus` tinyint NOT NULL DEFAULT 0,\n"
                + "  `Note` text NOT NULL,\n"
                + "  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,\n"
                + "  PRIMARY KEY (`PatNum`)\n"
                + ") DEFAULT CHARSET=utf8mb4",
            "CREATE INDEX `patient_PriProv` ON `patient` (`PriProv`)"),
        Dialect.MARIADB.createTable(PATIENT));
    assertEquals("smallint NOT NULL DEFAULT 0", Dialect.H2.columnDefinition(Column.of("B", ColumnType.BYTE)));
    assertEquals("tinyint unsigned NOT NULL DEFAULT 0", Dialect.MARIADB.columnDefinition(Column.of("B", ColumnType.BYTE)));
  }

  private static void assertCreatedAndExisting(List<String> created, List<String> existing, SchemaManager.Result r) {
    assertEquals(created, r.created());
    assertEquals(existing, r.existing());
  }
}
