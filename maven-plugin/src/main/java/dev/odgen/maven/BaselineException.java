package dev.odgen.maven;

/** The baseline cannot be found or read; the message says which and why. */
final class BaselineException extends Exception {
  private static final long serialVersionUID = 1L;

  BaselineException(String message) {
    super(message);
  }

  BaselineException(String message, Throwable cause) {
    super(message, cause);
  }
}
