package dev.odgen.samples.replay;

import dev.odgen.spec.model.Resource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Ids of existing demo rows, read from the server's database: by default in id order (the lowest first);
 * an example can name another row with a query ({@code replay/picks.txt}). Asked once per table and cached.
 */
final class DemoIds {
  private final String url;
  private final String user;
  private final String password;
  private final Map<String, OptionalLong> cached = new HashMap<>();

  DemoIds(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /**
   * The id of the resource's table at {@code rank} in id order (0 the lowest), the lowest when the table has fewer
   * rows; empty when it has none (or the resource has no table).
   */
  OptionalLong ranked(Resource resource, int rank) {
    if (resource.table().isEmpty() || resource.id().isEmpty()) {
      return OptionalLong.empty();
    }
    String column = resource.id().get().column().orElse(resource.id().get().name());
    String base = "SELECT " + column + " FROM " + resource.table().get() + " ORDER BY " + column;
    OptionalLong found = cached.computeIfAbsent(base + " LIMIT 1 OFFSET " + rank, this::single);
    return found.isPresent() || rank == 0 ? found : ranked(resource, 0);
  }

  /** The first column of the first row of {@code sql} as a whole number; empty when no row or NULL. */
  OptionalLong single(String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      if (rs.next()) {
        long value = rs.getLong(1);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
      }
      return OptionalLong.empty();
    } catch (SQLException e) {
      throw new IllegalStateException("replay: " + sql + ": " + e.getMessage(), e);
    }
  }
}
