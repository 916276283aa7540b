package dev.odgen.samples.e2e;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/** Every row of some tables as text, in id order: two snapshots are equal when nothing in the tables changed. */
final class TableSnapshot {
  private TableSnapshot() {}

  static String of(DataSource database, List<String> tables) {
    StringBuilder text = new StringBuilder();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      for (String table : tables) {
        text.append("== ").append(table).append('\n');
        try (ResultSet rs = statement.executeQuery("SELECT * FROM `" + table + "` ORDER BY 1")) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              text.append(meta.getColumnLabel(i)).append('=').append(rs.getString(i)).append('|');
            }
            text.append('\n');
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read " + tables + ": " + e.getMessage(), e);
    }
    return text.toString();
  }
}
