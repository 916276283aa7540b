package dev.odgen.codegen.output;

/**
 * The output could not be written as asked: two emitters claim one path, a path leaves the output directory,
 * or the file system failed. The message names the path and says what to do.
 */
public final class OutputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OutputException(String message) {
    super(message);
  }

  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
