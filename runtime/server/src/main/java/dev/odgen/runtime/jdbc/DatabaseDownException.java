package dev.odgen.runtime.jdbc;

/**
 * A call refused at once because the database is known to be down: a recent call waited the pool's whole
 * connection timeout in vain, and a background probe has not reached the database since. The server answers
 * it with 503 like any {@link DatabaseUnavailableException}, without the wait.
 */
public final class DatabaseDownException extends DatabaseUnavailableException {
  private static final long serialVersionUID = 1L;

  public DatabaseDownException(String message) {
    super(message, null);
  }
}
