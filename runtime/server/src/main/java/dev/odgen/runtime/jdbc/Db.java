package dev.odgen.runtime.jdbc;

import dev.odgen.runtime.schema.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Runs prepared statements over a data source; nothing else. Every method takes the SQL with
 * {@code ?} placeholders and the parameter values in order (bound by {@link Params#bindAll}), and
 * throws {@link DataAccessException}, or {@link DatabaseUnavailableException} when the database
 * cannot be reached (at once, {@link DatabaseDownException}, while it is known to be down: see {@link
 * OutageGate}).
 *
 * <p>{@link #inTransaction} binds its connection to the calling thread: every call on this {@code Db}
 * from that thread, through any DAO sharing it, joins the transaction until it ends. The server runs each
 * write request so, which is how a request answered with an error leaves nothing written.
 *
 * <pre>{@code
 * List<Patient> page = db.query(SELECT + where.sql() + " ORDER BY `PatNum`" + dialect.limitOffset(),
 *     where.paramsWith(page.limit(), page.offset()), PatientRows::read);
 * Optional<Patient> one = db.queryOne(SELECT + " WHERE `PatNum` = ?", List.of(id), PatientRows::read);
 * long id = db.insert("INSERT INTO `patient` (`LName`) VALUES (?)", List.of("Smith"));
 * int changed = db.update("DELETE FROM `patient` WHERE `PatNum` = ?", List.of(id));
 * }</pre>
 */
public final class Db {
  /** How often a background probe tries the database while it is down. */
  static final Duration PROBE_INTERVAL = Duration.ofMillis(500);

  private final OutageGate gate;
  private final Dialect dialect;
  /** The connection of the transaction running on each thread, if any. */
  private final ThreadLocal<Connection> transaction = new ThreadLocal<>();

  /** Runs statements on connections borrowed from {@code dataSource}. */
  public Db(DataSource dataSource, Dialect dialect) {
    this.gate = new OutageGate(Objects.requireNonNull(dataSource, "dataSource"), PROBE_INTERVAL);
    this.dialect = Objects.requireNonNull(dialect, "dialect");
  }

  public Dialect dialect() {
    return dialect;
  }

  /** Every row of the query, mapped. */
  public <T> List<T> query(String sql, List<?> params, RowMapper<T> mapper) {
    return run(sql, c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        Params.bindAll(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          List<T> rows = new ArrayList<>();
          while (rs.next()) {
            rows.add(mapper.map(rs));
          }
          return rows;
        }
      }
    });
  }

  /** The first row of the query, mapped, if there is one (and the mapper did not return {@code null}). */
  public <T> Optional<T> queryOne(String sql, List<?> params, RowMapper<T> mapper) {
    return run(sql, c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        Params.bindAll(ps, params);
        ps.setMaxRows(1);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.<T>empty();
        }
      }
    });
  }

  /** Runs an INSERT and returns the key the database generated. */
  public long insert(String sql, List<?> params) {
    return run(sql, c -> {
      try (PreparedStatement ps = dialect.prepareInsert(c, sql)) {
        Params.bindAll(ps, params);
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          if (!keys.next()) {
            throw new SQLException("the database returned no generated key");
          }
          return keys.getLong(1);
        }
      }
    });
  }

  /** Runs an INSERT, UPDATE, DELETE or DDL statement and returns the number of rows changed. */
  public int update(String sql, List<?> params) {
    return run(sql, c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        Params.bindAll(ps, params);
        return ps.executeUpdate();
      }
    });
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. While it runs,
   * every call on this {@code Db} from the calling thread (the {@code Db} given to {@code work}, or any DAO
   * built on this one) uses the transaction's connection; a transaction started inside it joins it.
   */
  public <T> T inTransaction(Function<Db, T> work) {
    if (transaction.get() != null) {
      return work.apply(this);
    }
    Connection c;
    try {
      c = gate.open();
    } catch (SQLException e) {
      throw translate("(transaction)", e);
    }
    try {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      transaction.set(c);
      try {
        T result = work.apply(this);
        c.commit();
        return result;
      } catch (RuntimeException | Error e) {
        rollback(c, e);
        throw e;
      } finally {
        transaction.remove();
        restoreAutoCommit(c, autoCommit);
      }
    } catch (SQLException e) {
      throw translate("(transaction)", e);
    } finally {
      release(c);
    }
  }

  /** True while the calling thread runs inside {@link #inTransaction} of this {@code Db}. */
  public boolean isInTransaction() {
    return transaction.get() != null;
  }

  /**
   * Checks the database answers (for health checks).
   *
   * @throws DatabaseUnavailableException when it does not
   */
  public void ping() {
    boolean valid = run("(ping)", c -> c.isValid(5));
    if (!valid) {
      throw new DatabaseUnavailableException("the connection did not answer a validity check", null);
    }
  }

  /**
   * The exception for a failed call: {@link DatabaseUnavailableException} for connection
   * failures (SQLSTATE class 08, Hikari's timeout), else {@link DataAccessException}.
   */
  public static DataAccessException translate(String sql, SQLException e) {
    if (OutageGate.isConnectionFailure(e)) {
      return new DatabaseUnavailableException(e.getMessage(), e);
    }
    return new DataAccessException(e.getMessage() + " [SQL: " + sql + "]", sql, e);
  }

  /**
   * Lends a connection for work the other methods cannot express (schema metadata, DDL); it goes back to
   * the pool afterwards. {@code what} names the work in error messages.
   */
  public <T> T withConnection(String what, Work<T> work) {
    return run(what, work);
  }

  private <T> T run(String sql, Work<T> work) {
    Connection joined = transaction.get();
    Connection c = null;
    try {
      c = joined != null ? joined : gate.open();
      return work.apply(c);
    } catch (SQLException e) {
      gate.failed(e);
      throw translate(sql, e);
    } finally {
      if (c != null && joined == null) {
        release(c);
      }
    }
  }

  /** Rolls back after {@code failure}; a rollback that fails too (the connection is gone) is kept with it. */
  private static void rollback(Connection c, Throwable failure) {
    try {
      c.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** A connection that cannot take its setting back is broken; the pool discards it, and the real failure stands. */
  private static void restoreAutoCommit(Connection c, boolean autoCommit) {
    try {
      c.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      // see above
    }
  }

  private static void release(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // the pool discards a connection that fails to close; nothing to add
    }
  }

  /** Work on a connection; its {@link SQLException}s become {@link DataAccessException}s. */
  @FunctionalInterface
  public interface Work<T> {
    T apply(Connection c) throws SQLException;
  }
}
