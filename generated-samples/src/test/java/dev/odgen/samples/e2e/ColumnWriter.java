package dev.odgen.samples.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Sets columns the API (and so the generated partial-update forms) never writes, such as statement.IsInvoice or
 * userod.UserNumCEMT, on rows a test inserted through the DAOs. Values are stored as given (booleans as 1/0).
 */
final class ColumnWriter {
  private final DataSource database;

  ColumnWriter(DataSource database) {
    this.database = database;
  }

  /** {@code UPDATE table SET ... WHERE idColumn = id}; fails unless exactly one row changed. */
  void set(String table, String idColumn, long id, Map<String, Object> values) {
    List<String> columns = new ArrayList<>(values.keySet());
    String sql = "UPDATE `" + table + "` SET "
        + columns.stream().map(c -> "`" + c + "` = ?").collect(Collectors.joining(", "))
        + " WHERE `" + idColumn + "` = ?";
    try (Connection connection = database.getConnection();
        PreparedStatement update = connection.prepareStatement(sql)) {
      for (int i = 0; i < columns.size(); i++) {
        Object value = values.get(columns.get(i));
        update.setObject(i + 1, value instanceof Boolean b ? (b ? 1 : 0) : value);
      }
      update.setLong(columns.size() + 1, id);
      if (update.executeUpdate() != 1) {
        throw new IllegalStateException(sql + " changed no row " + id);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
