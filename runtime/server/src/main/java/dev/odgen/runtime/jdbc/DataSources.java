package dev.odgen.runtime.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.odgen.runtime.schema.Dialect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Pooled data sources (HikariCP) for H2 and MariaDB/MySQL URLs. The pool starts even when the
 * database is down, so a server can start and answer 503 until it comes back; waiting for a
 * connection gives up after the connection timeout (default 5 s).
 *
 * <p>MariaDB/MySQL sessions run without strict mode, as Open Dental's own do: Open Dental creates
 * its columns NOT NULL without a DEFAULT, and the server inserts only the columns it knows, which a
 * strict session refuses ("Field 'X' doesn't have a default value"). A URL that sets
 * {@code sql_mode} itself (e.g. {@code ?sessionVariables=sql_mode=...}) is left as it is.
 */
public final class DataSources {
  /** H2 options that make it behave like MariaDB for generated SQL. */
  static final String H2_MYSQL_OPTIONS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

  /**
   * Run on each new MariaDB/MySQL connection: the session's sql_mode without STRICT_TRANS_TABLES and
   * STRICT_ALL_TABLES, every other mode kept. Needed even when the server itself is not strict:
   * MariaDB Connector/J adds STRICT_TRANS_TABLES to the sessions it opens unless told otherwise
   * (its {@code jdbcCompliantTruncation} option).
   */
  static final String NON_STRICT_SESSION = "SET SESSION sql_mode = TRIM(BOTH ',' FROM"
      + " REPLACE(REPLACE(CONCAT(',', @@SESSION.sql_mode, ','),"
      + " ',STRICT_TRANS_TABLES,', ','), ',STRICT_ALL_TABLES,', ','))";

  private DataSources() {}

  /**
   * Pool settings.
   *
   * @param maxPoolSize the most connections open at once
   * @param connectionTimeout how long a call waits for a connection before failing with
   *     {@link DatabaseUnavailableException}
   */
  public record PoolOptions(int maxPoolSize, Duration connectionTimeout) {
    /**
     * Connections fitted to the cores (twice the cores plus one, at most 10): more connections than the
     * machine can serve at once only queue inside the database and add switching (BENCHMARKS.md, MariaDB).
     */
    public static PoolOptions defaults() {
      int cores = Runtime.getRuntime().availableProcessors();
      return new PoolOptions(Math.min(10, 2 * cores + 1), Duration.ofSeconds(5));
    }
  }

  /** A private in-memory H2 database that lives until the pool closes. */
  public static HikariDataSource h2InMemory(String name) {
    return forUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", PoolOptions.defaults());
  }

  /** An H2 database in {@code file} (H2 adds {@code .mv.db}), created when missing. */
  public static HikariDataSource h2File(Path file) {
    return forUrl("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "", PoolOptions.defaults());
  }

  /** A pool for any supported URL with default pool settings. */
  public static HikariDataSource forUrl(String jdbcUrl, String user, String password) {
    return forUrl(jdbcUrl, user, password, PoolOptions.defaults());
  }

  /**
   * A pool for {@code jdbcUrl} ({@code jdbc:h2:...}, {@code jdbc:mariadb:...} or {@code
   * jdbc:mysql:...}). H2 URLs get MySQL mode and case-insensitive identifiers unless they set a
   * MODE themselves.
   */
  public static HikariDataSource forUrl(String jdbcUrl, String user, String password, PoolOptions options) {
    Dialect dialect = Dialect.forUrl(jdbcUrl);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(dialect == Dialect.H2 ? withMySqlMode(jdbcUrl) : jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(options.maxPoolSize());
    config.setConnectionTimeout(Math.max(250, options.connectionTimeout().toMillis()));
    config.setInitializationFailTimeout(-1);
    config.setPoolName("odgen-" + dialect.name().toLowerCase(Locale.ROOT));
    sessionInitSql(jdbcUrl).ifPresent(config::setConnectionInitSql);
    driverProperties(jdbcUrl).forEach(config::addDataSourceProperty);
    return new HikariDataSource(config);
  }

  /**
   * Driver options for {@code jdbcUrl}. MariaDB/MySQL statements are prepared on the server once per
   * connection and kept in the driver's cache ({@code useServerPrepStmts}; {@code cachePrepStmts} is on by
   * default): a repeated query is then one execute in the binary protocol, not SQL text parsed anew. An
   * option the URL sets itself is left to the URL. Nothing for H2.
   */
  static Map<String, String> driverProperties(String jdbcUrl) {
    if (Dialect.forUrl(jdbcUrl) != Dialect.MARIADB) {
      return Map.of();
    }
    String url = jdbcUrl.toLowerCase(Locale.ROOT);
    Map<String, String> properties = new LinkedHashMap<>();
    if (!url.contains("useserverprepstmts")) {
      properties.put("useServerPrepStmts", "true");
    }
    if (!url.contains("cacheprepstmts")) {
      properties.put("cachePrepStmts", "true");
    }
    return properties;
  }

  /**
   * The statement run on each new connection of {@code jdbcUrl}: {@link #NON_STRICT_SESSION} for
   * MariaDB/MySQL, unless the URL sets {@code sql_mode} itself; nothing for H2.
   */
  static Optional<String> sessionInitSql(String jdbcUrl) {
    boolean ownMode = jdbcUrl.toLowerCase(Locale.ROOT).contains("sql_mode");
    return Dialect.forUrl(jdbcUrl) == Dialect.MARIADB && !ownMode ? Optional.of(NON_STRICT_SESSION) : Optional.empty();
  }

  static String withMySqlMode(String h2Url) {
    return h2Url.toUpperCase(Locale.ROOT).contains(";MODE=") ? h2Url : h2Url + H2_MYSQL_OPTIONS;
  }
}
