package dev.odgen.samples.mariadb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/**
 * A uniquely named database on the shared MariaDB (127.0.0.1:3306, user root, or
 * {@code -Dodgen.mariadb.server/user/password}) for one test class, dropped by {@link #close}. Creating it
 * aborts the test (a skip, with the reason printed) when no MariaDB answers.
 */
final class ScratchDatabase implements AutoCloseable {
  static final String SERVER = System.getProperty("odgen.mariadb.server", "jdbc:mariadb://127.0.0.1:3306/");
  static final String USER = System.getProperty("odgen.mariadb.user", "root");
  static final String PASSWORD = System.getProperty("odgen.mariadb.password", "");

  private final String name;

  private ScratchDatabase(String name) {
    this.name = name;
  }

  /** Creates {@code odgen_<prefix>_<random>}; skips the calling test when MariaDB is not reachable. */
  static ScratchDatabase create(String prefix) {
    String name = "odgen_" + prefix + "_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFL);
    try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE `" + name + "`");
    } catch (SQLException e) {
      String reason = "no MariaDB at " + SERVER + " (" + e.getMessage() + ")";
      System.out.println("SKIPPED " + prefix + ": " + reason);
      Assumptions.abort(reason);
    }
    return new ScratchDatabase(name);
  }

  String name() {
    return name;
  }

  /** The JDBC URL of this database on {@code host:port} (the real server, or a proxy in front of it). */
  String url(String hostAndPort) {
    return "jdbc:mariadb://" + hostAndPort + "/" + name;
  }

  /** The JDBC URL of this database on the real server. */
  String url() {
    return SERVER + name;
  }

  /** Runs one statement. */
  void execute(String sql) {
    try (Connection c = connect(); Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Runs a classpath script of statements separated by ';' at line ends ({@code --} comment lines skipped). */
  void runScript(String resource) {
    String text;
    try (InputStream in = ScratchDatabase.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder withoutComments = new StringBuilder();
    text.lines().filter(l -> !l.startsWith("--")).forEach(l -> withoutComments.append(l).append('\n'));
    for (String statement : withoutComments.toString().split(";\\s*\\n")) {
      if (!statement.isBlank()) {
        execute(statement);
      }
    }
  }

  /** The first column of the first row of a query, as text ({@code null} when there is no row). */
  String value(String query) {
    try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(query + ": " + e.getMessage(), e);
    }
  }

  /** A fresh connection to this database (the caller closes it). */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), USER, PASSWORD);
  }

  @Override
  public void close() {
    try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS `" + name + "`");
    } catch (SQLException e) {
      System.out.println("could not drop " + name + ": " + e.getMessage());
    }
  }
}
