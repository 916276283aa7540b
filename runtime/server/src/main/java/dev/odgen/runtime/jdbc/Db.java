package dev.odgen.runtime.jdbc;

import dev.odgen.runtime.schema.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
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
 * cannot be reached.
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
  private final Connections connections;
  private final Dialect dialect;

  /** Runs statements on connections borrowed from {@code dataSource}. */
  public Db(DataSource dataSource, Dialect dialect) {
    this(pooled(Objects.requireNonNull(dataSource, "dataSource")), dialect);
  }

  private Db(Connections connections, Dialect dialect) {
    this.connections = connections;
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
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
   * The {@code Db} given to {@code work} uses that transaction's connection.
   */
  public <T> T inTransaction(Function<Db, T> work) {
    return run("(transaction)", c -> {
      if (connections.isShared()) {
        return work.apply(this);
      }
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.apply(new Db(shared(c), dialect));
        c.commit();
        return result;
      } catch (RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    });
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
    if (e instanceof SQLTransientConnectionException
        || e instanceof SQLNonTransientConnectionException
        || (e.getSQLState() != null && e.getSQLState().startsWith("08"))) {
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
    Connection c = null;
    try {
      c = connections.open();
      return work.apply(c);
    } catch (SQLException e) {
      throw translate(sql, e);
    } finally {
      if (c != null) {
        connections.release(c);
      }
    }
  }

  /** Work on a connection; its {@link SQLException}s become {@link DataAccessException}s. */
  @FunctionalInterface
  public interface Work<T> {
    T apply(Connection c) throws SQLException;
  }

  /** Where connections come from: a pool (borrow and return) or one transaction (keep). */
  private interface Connections {
    Connection open() throws SQLException;

    void release(Connection c);

    boolean isShared();
  }

  private static Connections pooled(DataSource ds) {
    return new Connections() {
      @Override
      public Connection open() throws SQLException {
        return ds.getConnection();
      }

      @Override
      public void release(Connection c) {
        try {
          c.close();
        } catch (SQLException e) {
          // the pool discards a connection that fails to close; nothing to add
        }
      }

      @Override
      public boolean isShared() {
        return false;
      }
    };
  }

  private static Connections shared(Connection c) {
    return new Connections() {
      @Override
      public Connection open() {
        return c;
      }

      @Override
      public void release(Connection ignored) {}

      @Override
      public boolean isShared() {
        return true;
      }
    };
  }
}
