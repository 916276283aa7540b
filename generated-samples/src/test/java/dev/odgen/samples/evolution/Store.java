package dev.odgen.samples.evolution;

import dev.odgen.samples.testdb.ScratchDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One database of the scenario: an H2 file in a temporary folder, or a MariaDB scratch database. */
abstract class Store implements AutoCloseable {
  abstract String url();

  abstract String user();

  abstract String password();

  abstract Connection connect() throws SQLException;

  /** The first column of the first row of {@code sql}. */
  String value(String sql) {
    try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  void execute(String sql) {
    try (Connection c = connect(); Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** The table's column names, lower-cased, in table order; empty when there is no such table. */
  List<String> columns(String table) {
    List<String> names = new ArrayList<>();
    try (Connection c = connect()) {
      DatabaseMetaData meta = c.getMetaData();
      try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), table, "%")) {
        while (rs.next()) {
          if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
            names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }

  boolean hasTable(String table) {
    return !columns(table).isEmpty();
  }

  @Override
  public abstract void close();

  static Store h2(Path folder) {
    String url = "jdbc:h2:file:" + folder.resolve("practice").toAbsolutePath()
        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
    return new Store() {
      @Override
      String url() {
        return url;
      }

      @Override
      String user() {
        return "sa";
      }

      @Override
      String password() {
        return "";
      }

      @Override
      Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
      }

      @Override
      public void close() {
      }
    };
  }

  static Store mariaDb(String prefix) {
    ScratchDatabase scratch = ScratchDatabase.create(prefix);
    return new Store() {
      @Override
      String url() {
        return scratch.url();
      }

      @Override
      String user() {
        return ScratchDatabase.USER;
      }

      @Override
      String password() {
        return ScratchDatabase.PASSWORD;
      }

      @Override
      Connection connect() throws SQLException {
        return scratch.connect();
      }

      @Override
      public void close() {
        scratch.close();
      }
    };
  }
}
