package dev.odgen.spec.diag;

import java.util.Optional;

/**
 * One problem in a spec: where it is, what is wrong, the context it was found in, and how to fix
 * it.
 */
public record Diagnostic(Location location, String message, Trail trail, Optional<String> fix) {

  /**
   * Renders the diagnostic as lines: {@code path:line:column: error: message}, the context trail
   * innermost first, then {@code fix: ...}.
   */
  public String render() {
    StringBuilder text = new StringBuilder();
    text.append(location).append(": error: ").append(message).append('\n');
    for (Context context : trail.contexts()) {
      text.append(context.render()).append('\n');
    }
    fix.ifPresent(f -> text.append("  fix: ").append(f).append('\n'));
    return text.toString();
  }
}
