package dev.odgen.runtime.jdbc;

/**
 * The database could not be reached (no connection, pool timeout, connection lost). The server
 * answers it with 503 {@code database unavailable: <message>}; it is worth retrying later.
 */
public class DatabaseUnavailableException extends DataAccessException {
  private static final long serialVersionUID = 1L;

  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
