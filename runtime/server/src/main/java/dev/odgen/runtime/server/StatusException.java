package dev.odgen.runtime.server;

/**
 * Ends a request with an HTTP status and a plain-text explanation sent to the caller as is.
 * Throw it (or a subclass) from a handler; e.g. {@code new StatusException(410, "PayPlans POST
 * was deprecated in 23.3")}.
 */
public class StatusException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public StatusException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The HTTP status to answer with. */
  public int status() {
    return status;
  }
}
