package dev.odgen.samples.testdb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/**
 * A uniquely named database on the shared MariaDB (127.0.0.1:3306, user root, or
 * {@code -Dodgen.mariadb.server/user/password}) for one test class or server, dropped by {@link #close}.
 * Creating it aborts the caller (a skip) when no MariaDB answers; the reason is printed once per test JVM and
 * carried by every skip.
 */
public final class ScratchDatabase implements AutoCloseable {
  public static final String SERVER = System.getProperty("odgen.mariadb.server", "jdbc:mariadb://127.0.0.1:3306/");
  public static final String USER = System.getProperty("odgen.mariadb.user", "root");
  public static final String PASSWORD = System.getProperty("odgen.mariadb.password", "");

  /** Whether MariaDB answered when first asked: null until then, else empty or why it did not. */
  private static Optional<String> unavailable;

  private final String name;

  private ScratchDatabase(String name) {
    this.name = name;
  }

  /**
   * Why no MariaDB can be used, or empty when one answers. Asked once per test JVM; the reason is printed the first
   * time, so a run without MariaDB says so once however many tests it skips.
   */
  public static synchronized Optional<String> unavailable() {
    if (unavailable == null) {
      try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD)) {
        unavailable = Optional.empty();
      } catch (SQLException e) {
        String reason = "no MariaDB at " + SERVER + " (" + e.getMessage() + ")";
        unavailable = Optional.of(reason);
        System.out.println("SKIPPED: " + reason + "; every test that needs MariaDB is skipped");
      }
    }
    return unavailable;
  }

  /**
   * Creates {@code odgen_<prefix>_<random>}; skips the calling test when MariaDB is not reachable, and fails when it
   * answers but refuses to create the database.
   */
  public static ScratchDatabase create(String prefix) {
    unavailable().ifPresent(Assumptions::abort);
    String name = "odgen_" + prefix + "_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFL);
    try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE `" + name + "`");
    } catch (SQLException e) {
      throw new IllegalStateException("MariaDB at " + SERVER + " did not create " + name + ": " + e.getMessage(), e);
    }
    return new ScratchDatabase(name);
  }

  public String name() {
    return name;
  }

  /** The JDBC URL of this database on {@code host:port} (the real server, or a proxy in front of it). */
  public String url(String hostAndPort) {
    return "jdbc:mariadb://" + hostAndPort + "/" + name;
  }

  /** The JDBC URL of this database on the real server. */
  public String url() {
    return SERVER + name;
  }

  /** Runs one statement. */
  public void execute(String sql) {
    try (Connection c = connect(); Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Runs a classpath script of statements separated by ';' at line ends ({@code --} comment lines skipped). */
  public void runScript(String resource) {
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
  public String value(String query) {
    try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(query + ": " + e.getMessage(), e);
    }
  }

  /** A fresh connection to this database (the caller closes it). */
  public Connection connect() throws SQLException {
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
