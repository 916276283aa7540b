package dev.odgen.runtime.jdbc;

import java.util.Optional;

/** A database call failed; wraps the {@link java.sql.SQLException} so DAOs need no throws clauses. */
public class DataAccessException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The statement that failed, when known: lets an error message name the table it touched. */
  private final String sql;

  public DataAccessException(String message, Throwable cause) {
    this(message, null, cause);
  }

  public DataAccessException(String message) {
    super(message);
    this.sql = null;
  }

  public DataAccessException(String message, String sql, Throwable cause) {
    super(message, cause);
    this.sql = sql;
  }

  /** The SQL of the failed statement, if the exception carries it. */
  public Optional<String> sql() {
    return Optional.ofNullable(sql);
  }
}
