package dev.odgen.runtime.jdbc;

/** A database call failed; wraps the {@link java.sql.SQLException} so DAOs need no throws clauses. */
public class DataAccessException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DataAccessException(String message, Throwable cause) {
    super(message, cause);
  }

  public DataAccessException(String message) {
    super(message);
  }
}
