package dev.odgen.spec.diag;

import java.util.List;

/**
 * Thrown when a spec has errors. Carries every diagnostic, sorted by location; {@link #render()}
 * gives the text a user should see. This is a user error, never a bug: show no stack trace.
 */
public final class SpecException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public SpecException(List<Diagnostic> diagnostics) {
    super(summary(diagnostics), null, false, false);
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a SpecException needs at least one diagnostic");
    }
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** All diagnostics, one block each, then a count line such as {@code 3 errors}. */
  public String render() {
    StringBuilder text = new StringBuilder();
    diagnostics.forEach(d -> text.append(d.render()));
    text.append(countLine(diagnostics.size())).append('\n');
    return text.toString();
  }

  static String countLine(int count) {
    return count == 1 ? "1 error" : count + " errors";
  }

  private static String summary(List<Diagnostic> diagnostics) {
    return diagnostics.isEmpty()
        ? "no diagnostics"
        : diagnostics.get(0).location() + ": " + diagnostics.get(0).message()
            + (diagnostics.size() > 1 ? " (and " + (diagnostics.size() - 1) + " more)" : "");
  }
}
