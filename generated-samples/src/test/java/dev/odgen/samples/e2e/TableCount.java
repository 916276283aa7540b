package dev.odgen.samples.e2e;

import dev.odgen.spec.model.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Counts the rows of a resource's table, to show a refused request wrote nothing. */
final class TableCount {
  private TableCount() {}

  static long of(DataSource database, Resource resource) {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM `" + resource.table().orElseThrow() + "`")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count " + resource.name() + ": " + e.getMessage(), e);
    }
  }
}
