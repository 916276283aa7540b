package dev.odgen.runtime.jdbc;

import dev.odgen.runtime.schema.ColumnShape;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tables of a database as its JDBC metadata shows them: names (compared ignoring case, as MariaDB does) and
 * the shape of each column.
 */
final class ExistingSchema {
  private final Connection connection;
  private final Map<String, String> tables;
  private final Map<String, Map<String, ColumnShape>> columns = new HashMap<>();

  private ExistingSchema(Connection connection, Map<String, String> tables) {
    this.connection = connection;
    this.tables = tables;
  }

  /** Reads the table names of the connection's catalog and schema; columns are read when first asked for. */
  static ExistingSchema read(Connection c) throws SQLException {
    Map<String, String> names = new HashMap<>();
    DatabaseMetaData meta = c.getMetaData();
    try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", null)) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        names.put(name.toLowerCase(Locale.ROOT), name);
      }
    }
    return new ExistingSchema(c, names);
  }

  boolean hasTable(String table) {
    return tables.containsKey(table.toLowerCase(Locale.ROOT));
  }

  /** The shape of {@code table.column}, or empty when the table has no such column. */
  Optional<ColumnShape> column(String table, String column) throws SQLException {
    Map<String, ColumnShape> shapes = columns.get(table.toLowerCase(Locale.ROOT));
    if (shapes == null) {
      shapes = readColumns(tables.get(table.toLowerCase(Locale.ROOT)));
      columns.put(table.toLowerCase(Locale.ROOT), shapes);
    }
    return Optional.ofNullable(shapes.get(column.toLowerCase(Locale.ROOT)));
  }

  private Map<String, ColumnShape> readColumns(String table) throws SQLException {
    Map<String, ColumnShape> shapes = new HashMap<>();
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), escapePattern(table, meta),
        "%")) {
      while (rs.next()) {
        // the name is a LIKE pattern: '_' in it may still match other tables, so check it
        if (rs.getString("TABLE_NAME").equals(table)) {
          shapes.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
              ColumnShape.ofDatabase(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"), rs.getLong("COLUMN_SIZE")));
        }
      }
    }
    return shapes;
  }

  private static String escapePattern(String name, DatabaseMetaData meta) throws SQLException {
    String escape = meta.getSearchStringEscape();
    if (escape == null || escape.isEmpty()) {
      return name;
    }
    return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
  }
}
