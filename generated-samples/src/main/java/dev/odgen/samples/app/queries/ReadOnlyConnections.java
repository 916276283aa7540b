package dev.odgen.samples.app.queries;

import dev.odgen.runtime.jdbc.DataAccessException;
import dev.odgen.runtime.jdbc.Db;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import org.slf4j.LoggerFactory;

/**
 * Connections on which the database itself refuses writes, opened apart from the server's pool (so a query never
 * joins the request's write transaction and never leaves a setting behind on a pooled connection).
 * <ul>
 *   <li>H2: a user of its own, {@code ODGEN_QUERY}, that may only SELECT, created at start by the server's
 *   (administrator) user with a random password; it cannot write, create or drop anything.</li>
 *   <li>MariaDB/MySQL: the server's user on a session made READ ONLY, in a transaction started READ ONLY; the
 *   database refuses every write to a table (DDL included).</li>
 * </ul>
 * Every connection is in a transaction that is rolled back when it closes.
 */
public final class ReadOnlyConnections {
  static final String H2_USER = "ODGEN_QUERY";

  private final String url;
  private final String user;
  private final String password;
  private final boolean h2;

  private ReadOnlyConnections(String url, String user, String password, boolean h2) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.h2 = h2;
  }

  /**
   * For the database at {@code url}; on H2 creates (or resets) the SELECT-only user through {@code admin}, the
   * server's own connection pool.
   */
  public static ReadOnlyConnections of(String url, String user, String password, Db admin) {
    if (url.startsWith("jdbc:h2:")) {
      String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
      try {
        admin.withConnection("(query user)", c -> {
          try (Statement s = c.createStatement()) {
            s.execute("CREATE USER IF NOT EXISTS " + H2_USER + " PASSWORD '" + secret + "'");
            s.execute("ALTER USER " + H2_USER + " SET PASSWORD '" + secret + "'");
            s.execute("GRANT SELECT ON SCHEMA PUBLIC TO " + H2_USER);
          }
          return null;
        });
        return new ReadOnlyConnections(withoutSettings(url), H2_USER, secret, true);
      } catch (DataAccessException e) {
        // the server's user is no administrator: queries keep the SELECT check and the rollback, and say so
        LoggerFactory.getLogger(ReadOnlyConnections.class).warn("queries: cannot create the SELECT-only user {}"
            + " ({}); queries run as {} with the SELECT check and a rolled-back transaction only", H2_USER,
            e.getMessage(), user);
        return new ReadOnlyConnections(url, user, password, true);
      }
    }
    return new ReadOnlyConnections(url, user, password, false);
  }

  /**
   * The H2 URL without its settings ({@code ;DB_CLOSE_DELAY=-1;MODE=MySQL...}): they are the database's, already
   * applied by the server's own connections, and setting them needs administrator rights the query user lacks.
   */
  static String withoutSettings(String url) {
    int semicolon = url.indexOf(';');
    return semicolon < 0 ? url : url.substring(0, semicolon);
  }

  /** A connection in a read-only transaction; close it to roll back and disconnect. */
  public Connection open() throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user);
    props.setProperty("password", password == null ? "" : password);
    Connection c = DriverManager.getConnection(url, props);
    try {
      c.setReadOnly(true);
      if (!h2) {
        try (Statement s = c.createStatement()) {
          s.execute("SET SESSION TRANSACTION READ ONLY");
        }
      }
      c.setAutoCommit(false);
      if (!h2) {
        try (Statement s = c.createStatement()) {
          s.execute("START TRANSACTION READ ONLY");
        }
      }
      return new RollingBack(c).connection();
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
  }
}
