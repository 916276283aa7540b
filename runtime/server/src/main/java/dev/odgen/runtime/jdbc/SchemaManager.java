package dev.odgen.runtime.jdbc;

import dev.odgen.runtime.schema.Column;
import dev.odgen.runtime.schema.Dialect;
import dev.odgen.runtime.schema.TableDef;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Makes sure the tables generated code needs exist: creates the missing ones, and checks that
 * existing ones have every needed column. It never alters, drops or writes rows of an existing
 * table, so it is safe to run against a database another application owns. Names are compared
 * ignoring case, as MariaDB does.
 */
public final class SchemaManager {
  private final Db db;
  private final Dialect dialect;

  public SchemaManager(DataSource dataSource, Dialect dialect) {
    this(new Db(dataSource, dialect));
  }

  /** Works through {@code db}: its pool, or the connection of its transaction. */
  public SchemaManager(Db db) {
    this.db = db;
    this.dialect = db.dialect();
  }

  /** What {@link #ensure} did. */
  public record Result(List<String> created, List<String> existing) {}

  /**
   * Creates missing tables (with their indexes and FOREIGN KEY constraints) and checks existing ones.
   *
   * @return the names of the tables created and of those already present
   * @throws SchemaMismatchException when existing tables lack columns, before anything is
   *     created; the message has one line per missing column, e.g. {@code table 'patient' has no
   *     column 'Birthdate'}
   * @throws DataAccessException when the database refuses a statement
   */
  public Result ensure(List<TableDef> tables) {
    return db.withConnection("(schema check)", c -> ensure(c, tables));
  }

  private Result ensure(Connection c, List<TableDef> tables) throws SQLException {
    Map<String, String> present = tableNames(c);
    List<String> problems = new ArrayList<>();
    List<TableDef> missing = new ArrayList<>();
    List<String> existing = new ArrayList<>();
    for (TableDef t : tables) {
      String actual = present.get(t.name().toLowerCase(Locale.ROOT));
      if (actual == null) {
        missing.add(t);
        continue;
      }
      existing.add(t.name());
      Set<String> columns = columnNames(c, actual);
      for (Column col : t.columns()) {
        if (!columns.contains(col.name().toLowerCase(Locale.ROOT))) {
          problems.add("table '" + t.name() + "' has no column '" + col.name() + "'");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new SchemaMismatchException(
          String.join("\n", problems)
              + "\nodgen creates missing tables but never alters existing ones: add the column"
              + (problems.size() > 1 ? "s" : "") + " or use another database");
    }
    List<String> created = new ArrayList<>();
    for (TableDef t : missing) {
      for (String ddl : dialect.createTable(t)) {
        try (var st = c.createStatement()) {
          st.execute(ddl);
        } catch (SQLException e) {
          throw Db.translate(ddl, e);
        }
      }
      created.add(t.name());
    }
    // after every table exists, so that tables may refer to each other in any order
    for (TableDef t : missing) {
      for (String ddl : dialect.foreignKeys(t)) {
        try (var st = c.createStatement()) {
          st.execute(ddl);
        } catch (SQLException e) {
          throw Db.translate(ddl, e);
        }
      }
    }
    return new Result(created, existing);
  }

  /** Lower-cased name to actual name of every table in the connection's catalog and schema. */
  private static Map<String, String> tableNames(Connection c) throws SQLException {
    Map<String, String> names = new HashMap<>();
    DatabaseMetaData meta = c.getMetaData();
    try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", null)) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        names.put(name.toLowerCase(Locale.ROOT), name);
      }
    }
    return names;
  }

  private static Set<String> columnNames(Connection c, String table) throws SQLException {
    Set<String> names = new HashSet<>();
    DatabaseMetaData meta = c.getMetaData();
    try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), escapePattern(table, meta), "%")) {
      while (rs.next()) {
        // the name is a LIKE pattern: '_' in it may still match other tables, so check it
        if (rs.getString("TABLE_NAME").equals(table)) {
          names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    return names;
  }

  private static String escapePattern(String name, DatabaseMetaData meta) throws SQLException {
    String escape = meta.getSearchStringEscape();
    if (escape == null || escape.isEmpty()) {
      return name;
    }
    return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
  }
}
