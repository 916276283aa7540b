package dev.odgen.examples.library.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/**
 * A database of its own on the shared MariaDB for one test class, dropped by {@link #close}. Creating it skips the
 * caller, saying why, when no MariaDB answers (the reason is printed once per test JVM).
 */
final class ScratchDatabase implements AutoCloseable {
  static final String SERVER = System.getProperty("odgen.mariadb.server", "jdbc:mariadb://127.0.0.1:3306/");
  static final String USER = System.getProperty("odgen.mariadb.user", "root");
  static final String PASSWORD = System.getProperty("odgen.mariadb.password", "");

  private static Optional<String> unavailable;

  private final String name;

  private ScratchDatabase(String name) {
    this.name = name;
  }

  /** Why no MariaDB can be used, or empty when one answers; asked once, printed the first time. */
  static synchronized Optional<String> unavailable() {
    if (unavailable == null) {
      try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD)) {
        unavailable = Optional.empty();
      } catch (SQLException e) {
        unavailable = Optional.of("no MariaDB at " + SERVER + " (" + e.getMessage() + ")");
        System.out.println("SKIPPED: " + unavailable.get() + "; the library end-to-end test on MariaDB is skipped");
      }
    }
    return unavailable;
  }

  /** Creates {@code odgen_<prefix>_<random>}; skips the caller when MariaDB is not reachable. */
  static ScratchDatabase create(String prefix) {
    unavailable().ifPresent(Assumptions::abort);
    String name = "odgen_" + prefix + "_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFL);
    try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE `" + name + "`");
    } catch (SQLException e) {
      throw new IllegalStateException("MariaDB at " + SERVER + " did not create " + name + ": " + e.getMessage(), e);
    }
    return new ScratchDatabase(name);
  }

  String url() {
    return SERVER + name;
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
