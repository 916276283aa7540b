package dev.odgen.samples.app.db;

import com.zaxxer.hikari.HikariDataSource;
import dev.odgen.runtime.jdbc.DataAccessException;
import dev.odgen.runtime.jdbc.DataSources;
import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.schema.Dialect;
import dev.odgen.samples.app.Causes;
import dev.odgen.samples.app.StartupException;
import java.util.List;

/**
 * The application's connection pool: opened from a JDBC URL, checked before the server starts, closed by the
 * application (the server only borrows it).
 */
public final class Database implements AutoCloseable {
  private final String url;
  private final HikariDataSource pool;
  private final Db db;

  private Database(String url, HikariDataSource pool, Dialect dialect) {
    this.url = url;
    this.pool = pool;
    this.db = new Db(pool, dialect);
  }

  /**
   * Opens a pool for {@code url} and checks that the database answers.
   *
   * @throws StartupException for an unsupported URL or a database that does not answer
   */
  public static Database open(String url, String user, String password) throws StartupException {
    Dialect dialect;
    try {
      dialect = Dialect.forUrl(url);
    } catch (IllegalArgumentException e) {
      throw new StartupException(e.getMessage());
    }
    HikariDataSource pool = DataSources.forUrl(url, user, password);
    Database database = new Database(url, pool, dialect);
    try {
      database.db.ping();
    } catch (DataAccessException e) {
      database.close();
      throw new StartupException("cannot reach the database at " + url + ": " + Causes.rootMessage(e)
          + "\n  fix: start the database, or correct --db-url, --db-user and --db-password");
    }
    return database;
  }

  public HikariDataSource dataSource() {
    return pool;
  }

  public Db db() {
    return db;
  }

  public String url() {
    return url;
  }

  /** True when the database holds no patients and no providers (a fresh database: demo data may go in). */
  public boolean isEmpty() {
    return count("patient") == 0 && count("provider") == 0;
  }

  private long count(String table) {
    return db.queryOne("SELECT COUNT(*) FROM " + db.dialect().quote(table), List.of(), rs -> rs.getLong(1))
        .orElse(0L);
  }

  @Override
  public void close() {
    pool.close();
  }
}
