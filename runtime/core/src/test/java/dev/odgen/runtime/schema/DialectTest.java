package dev.odgen.runtime.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Column definitions for both blank styles, and FOREIGN KEY statements apart from CREATE TABLE. */
class DialectTest {

  @Test
  void nullableColumnsHoldNullWithoutADefault() {
    assertEquals("varchar(80) NULL", Dialect.MARIADB.columnDefinition(Column.string("Isbn", 80).asNullable()));
    assertEquals("tinyint unsigned NULL", Dialect.MARIADB.columnDefinition(Column.of("Copies", ColumnType.BYTE).asNullable()));
    assertEquals("smallint NULL", Dialect.H2.columnDefinition(Column.of("Copies", ColumnType.BYTE).asNullable()));
    assertEquals("date NULL", Dialect.H2.columnDefinition(Column.of("Published", ColumnType.DATE).asNullable()));
    assertEquals("bigint NULL", Dialect.H2.columnDefinition(Column.ref("AuthorId").asNullable()));
    // Open Dental's placeholders stay as they are
    assertEquals("date NOT NULL DEFAULT '0001-01-01'", Dialect.H2.columnDefinition(Column.of("Published", ColumnType.DATE)));
  }

  @Test
  void foreignKeysComeAsStatementsOfTheirOwn() {
    TableDef book = TableDef.of("book", Column.id("BookId"), Column.string("Title", 200).asNullable(),
        Column.ref("AuthorId").asNullable().referencing("author", "AuthorId"));
    assertEquals(List.of(
        "CREATE TABLE `book` (\n  `BookId` bigint NOT NULL AUTO_INCREMENT,\n  `Title` varchar(200) NULL,\n"
            + "  `AuthorId` bigint NULL,\n  PRIMARY KEY (`BookId`)\n)",
        "CREATE INDEX `book_AuthorId` ON `book` (`AuthorId`)"), Dialect.H2.createTable(book));
    assertEquals(List.of("ALTER TABLE `book` ADD CONSTRAINT `fk_book_AuthorId` FOREIGN KEY (`AuthorId`) REFERENCES "
        + "`author` (`AuthorId`)"), Dialect.MARIADB.foreignKeys(book));
  }

  @Test
  void onlyReferencesCarryForeignKeysAndTheIdIsNeverNull() {
    assertThrows(IllegalArgumentException.class, () -> Column.string("Title", 9).referencing("author", "AuthorId"));
    assertThrows(IllegalArgumentException.class, () -> Column.id("BookId").asNullable());
  }
}
