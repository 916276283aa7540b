package dev.odgen.samples.app;

/** Finds the message worth showing in a chain of exceptions: drivers and servers wrap the useful part deep inside. */
public final class Causes {
  private Causes() {
  }

  /** The innermost cause's message, or its class name when it has none. */
  public static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage();
    return message == null || message.isBlank() ? t.getClass().getSimpleName() : message.strip();
  }
}
