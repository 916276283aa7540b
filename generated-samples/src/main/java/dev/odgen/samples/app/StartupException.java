package dev.odgen.samples.app;

/**
 * The server cannot start because of its configuration or environment (an unreachable database, an unreadable
 * keys file, a database whose tables do not match). The message is the whole story for the operator: what is
 * wrong and what to do; {@link ServerMain} prints it without a stack trace.
 */
public final class StartupException extends Exception {
  private static final long serialVersionUID = 1L;

  public StartupException(String message) {
    super(message);
  }

  public StartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
