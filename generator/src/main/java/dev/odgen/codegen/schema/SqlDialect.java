package dev.odgen.codegen.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CREATE TABLE statements per database, written exactly as the runtime's {@code Dialect.createTable}
 * writes them (a test compares the two), so the scripts a DBA runs and the tables the server creates are
 * the same:
 *
 * <pre>
 * CREATE TABLE `appointment` (
 *   `AptNum` bigint NOT NULL AUTO_INCREMENT,
 *   `PatNum` bigint NOT NULL DEFAULT 0,
 *   `Note` text NOT NULL,
 *   `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
 *   PRIMARY KEY (`AptNum`)
 * ) DEFAULT CHARSET=utf8mb4
 * CREATE INDEX `appointment_PatNum` ON `appointment` (`PatNum`)
 * </pre>
 */
enum SqlDialect {
  H2,
  MARIADB;

  /** The name used in script file names: {@code h2}, {@code mariadb}. */
  String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The CREATE TABLE statement, then one CREATE INDEX per indexed column; no semicolons. */
  List<String> createTable(String table, List<TableColumn> columns) {
    StringBuilder sql = new StringBuilder("CREATE TABLE ").append(quote(table)).append(" (\n");
    String primaryKey = null;
    for (TableColumn column : columns) {
      sql.append("  ").append(quote(column.name())).append(' ').append(definition(column)).append(",\n");
      if (column.kind() == ColumnKind.ID) {
        primaryKey = column.name();
      }
    }
    if (primaryKey != null) {
      sql.append("  PRIMARY KEY (").append(quote(primaryKey)).append(")\n");
    } else {
      sql.setLength(sql.length() - 2);
      sql.append('\n');
    }
    sql.append(')');
    if (this == MARIADB) {
      sql.append(" DEFAULT CHARSET=utf8mb4");
    }
    List<String> statements = new ArrayList<>();
    statements.add(sql.toString());
    for (TableColumn column : columns) {
      if (column.indexed()) {
        statements.add("CREATE INDEX " + quote(table + "_" + column.name()) + " ON " + quote(table)
            + " (" + quote(column.name()) + ")");
      }
    }
    return statements;
  }

  /** Type, NOT NULL and the blank default of a column (Open Dental's blanks: 0, '', 0001-01-01). */
  String definition(TableColumn column) {
    return switch (column.kind()) {
      case ID -> "bigint NOT NULL AUTO_INCREMENT";
      case REF, LONG -> "bigint NOT NULL DEFAULT 0";
      case INT, COLOR -> "int NOT NULL DEFAULT 0";
      case BYTE -> (this == H2 ? "smallint" : "tinyint unsigned") + " NOT NULL DEFAULT 0";
      case SIGNED_BYTE, BOOL, ENUM_ORDINAL -> "tinyint NOT NULL DEFAULT 0";
      case STRING, ENUM_NAME -> "varchar(" + column.length() + ") NOT NULL DEFAULT ''";
      case TEXT -> "text NOT NULL";
      case MONEY, DOUBLE -> "double NOT NULL DEFAULT 0";
      case FLOAT -> "float NOT NULL DEFAULT 0";
      case DATE -> "date NOT NULL DEFAULT '0001-01-01'";
      case DATE_TIME -> "datetime NOT NULL DEFAULT '0001-01-01 00:00:00'";
      case TIME -> "time NOT NULL DEFAULT '00:00:00'";
      case TIMESTAMP -> "timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP";
    };
  }

  private static String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }
}
