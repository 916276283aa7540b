package dev.odgen.runtime.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What differs between the supported databases. DAOs build their SQL with these methods instead
 * of writing database-specific text.
 *
 * <p>Both dialects quote identifiers with backticks (H2 accepts them in MySQL mode), page with
 * {@code LIMIT ? OFFSET ?}, use {@code CURRENT_TIMESTAMP} and return generated keys through
 * JDBC. They differ in case-insensitive matching (MariaDB's default collations already ignore
 * case; H2 needs {@code UPPER}), in a few column types (H2 has no unsigned tinyint) and in
 * table options.
 */
public enum Dialect {
  /** H2 in MySQL compatibility mode (the embedded default). */
  H2,
  /** MariaDB or MySQL. */
  MARIADB;

  /** The character escaping {@code %}, {@code _} and itself in LIKE patterns. */
  public static final char LIKE_ESCAPE = '!';

  /**
   * The dialect of a JDBC URL: {@code jdbc:h2:...} is H2; {@code jdbc:mariadb:...} and {@code
   * jdbc:mysql:...} are MariaDB.
   */
  public static Dialect forUrl(String jdbcUrl) {
    String url = jdbcUrl.toLowerCase(Locale.ROOT);
    if (url.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
      return MARIADB;
    }
    throw new IllegalArgumentException(
        "unsupported JDBC URL '" + jdbcUrl + "': use jdbc:h2:..., jdbc:mariadb:... or jdbc:mysql:...");
  }

  /** An identifier quoted for this database, e.g. {@code `PatNum`}. */
  public String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }

  /**
   * A condition true when {@code column} matches the LIKE pattern bound to its one {@code ?},
   * ignoring case. Build the pattern with {@link #likePrefix} or {@link #likeContaining}.
   *
   * @param column the column, unquoted
   */
  public String likeIgnoringCase(String column) {
    String escape = " ESCAPE '" + LIKE_ESCAPE + "'";
    return switch (this) {
      case H2 -> "UPPER(" + quote(column) + ") LIKE UPPER(?)" + escape;
      case MARIADB -> quote(column) + " LIKE ?" + escape;
    };
  }

  /** A LIKE pattern matching values that start with {@code prefix} (wildcards in it escaped). */
  public static String likePrefix(String prefix) {
    return escapeLike(prefix) + "%";
  }

  /** A LIKE pattern matching values that contain {@code text} (wildcards in it escaped). */
  public static String likeContaining(String text) {
    return "%" + escapeLike(text) + "%";
  }

  private static String escapeLike(String text) {
    var out = new StringBuilder(text.length() + 4);
    for (char c : text.toCharArray()) {
      if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
        out.append(LIKE_ESCAPE);
      }
      out.append(c);
    }
    return out.toString();
  }

  /** The paging clause, binding limit then offset: {@code  LIMIT ? OFFSET ?}. */
  public String limitOffset() {
    return " LIMIT ? OFFSET ?";
  }

  /** The SQL expression for the database's current date and time. */
  public String currentTimestamp() {
    return "CURRENT_TIMESTAMP";
  }

  /** Prepares an INSERT so that {@link PreparedStatement#getGeneratedKeys()} returns the new id. */
  public PreparedStatement prepareInsert(Connection connection, String sql) throws SQLException {
    return connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
  }

  /**
   * The column's type with NOT NULL and its blank default, e.g. {@code varchar(100) NOT NULL DEFAULT ''}, or, for a
   * nullable column, with NULL and no default, e.g. {@code varchar(100) NULL}.
   */
  public String columnDefinition(Column column) {
    if (column.nullable()) {
      return sqlType(column) + " NULL";
    }
    return switch (column.type()) {
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

  /** The bare SQL type of a column, e.g. {@code varchar(100)}, {@code tinyint unsigned}. */
  private String sqlType(Column column) {
    return switch (column.type()) {
      case ID, REF, LONG -> "bigint";
      case INT, COLOR -> "int";
      case BYTE -> this == H2 ? "smallint" : "tinyint unsigned";
      case SIGNED_BYTE, BOOL, ENUM_ORDINAL -> "tinyint";
      case STRING, ENUM_NAME -> "varchar(" + column.length() + ")";
      case TEXT -> "text";
      case MONEY, DOUBLE -> "double";
      case FLOAT -> "float";
      case DATE -> "date";
      case DATE_TIME -> "datetime";
      case TIME -> "time";
      case TIMESTAMP -> "timestamp";
    };
  }

  /**
   * The statements that add the FOREIGN KEY constraints of {@code table}'s columns, one {@code ALTER TABLE} each
   * (constraint names are {@code fk_<table>_<column>}, at most 64 characters). Run them once every table exists, so
   * that tables may refer to each other, and to themselves, in any order.
   */
  public List<String> foreignKeys(TableDef table) {
    List<String> statements = new ArrayList<>();
    for (Column c : table.columns()) {
      if (c.references() != null) {
        statements.add("ALTER TABLE " + quote(table.name()) + " ADD CONSTRAINT "
            + quote(indexName("fk_" + table.name(), c.name())) + " FOREIGN KEY (" + quote(c.name()) + ") REFERENCES "
            + quote(c.references().table()) + " (" + quote(c.references().column()) + ")");
      }
    }
    return statements;
  }

  /** The statements that drop what {@link #foreignKeys} adds, in the same order. */
  public List<String> dropForeignKeys(TableDef table) {
    List<String> statements = new ArrayList<>();
    for (Column c : table.columns()) {
      if (c.references() != null) {
        statements.add("ALTER TABLE " + quote(table.name()) + (this == H2 ? " DROP CONSTRAINT " : " DROP FOREIGN KEY ")
            + quote(indexName("fk_" + table.name(), c.name())));
      }
    }
    return statements;
  }

  /**
   * The statements that create {@code table}: {@code CREATE TABLE} with its columns (NOT NULL unless nullable)
   * and the ID column as primary key, then one {@code CREATE INDEX} per indexed column (index
   * names are {@code <table>_<column>}, unique in the schema as H2 requires, and at most 64
   * characters). FOREIGN KEY constraints come apart, from {@link #foreignKeys}.
   */
  public List<String> createTable(TableDef table) {
    var sql = new StringBuilder("CREATE TABLE ").append(quote(table.name())).append(" (\n");
    String primaryKey = null;
    for (Column c : table.columns()) {
      sql.append("  ").append(quote(c.name())).append(' ').append(columnDefinition(c)).append(",\n");
      if (c.type() == ColumnType.ID) {
        primaryKey = c.name();
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
    for (Column c : table.columns()) {
      if (c.indexed()) {
        statements.add(createIndex(table.name(), c.name()));
      }
    }
    return statements;
  }

  /**
   * The statements that add {@code column} to an existing table: {@code ALTER TABLE ... ADD COLUMN} with the
   * column's definition, so rows already there take its blank default, then its index when it has one. A
   * text column gets an empty default here (H2 refuses a NOT NULL column without one on a table with rows).
   */
  public List<String> addColumn(String table, Column column) {
    String definition = columnDefinition(column);
    if (column.type() == ColumnType.TEXT && definition.endsWith("NOT NULL")) {
      definition += " DEFAULT ''";
    }
    List<String> statements = new ArrayList<>();
    statements.add("ALTER TABLE " + quote(table) + " ADD COLUMN " + quote(column.name()) + " " + definition);
    if (column.indexed()) {
      statements.add(createIndex(table, column.name()));
    }
    return statements;
  }

  /**
   * The statement that gives an existing column the type and default of {@code column}: {@code ALTER TABLE
   * ... MODIFY COLUMN}, which H2 accepts in MySQL mode. Used to widen; narrowing with it may fail or cut values.
   */
  public String modifyColumn(String table, Column column) {
    return "ALTER TABLE " + quote(table) + " MODIFY COLUMN " + quote(column.name()) + " " + columnDefinition(column);
  }

  /** {@code ALTER TABLE ... DROP COLUMN}: destroys the column's values. */
  public String dropColumn(String table, String column) {
    return "ALTER TABLE " + quote(table) + " DROP COLUMN " + quote(column);
  }

  /** {@code DROP TABLE}: destroys the table's rows. */
  public String dropTable(String table) {
    return "DROP TABLE " + quote(table);
  }

  private String createIndex(String table, String column) {
    return "CREATE INDEX " + quote(indexName(table, column)) + " ON " + quote(table) + " (" + quote(column) + ")";
  }

  /** {@code <table>_<column>}, shortened with a hash when longer than MariaDB's 64 characters. */
  static String indexName(String table, String column) {
    String name = table + "_" + column;
    if (name.length() <= 64) {
      return name;
    }
    String hash = Integer.toHexString(name.hashCode());
    return name.substring(0, 63 - hash.length()) + "_" + hash;
  }
}
