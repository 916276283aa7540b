package dev.odgen.spec.diag;

/**
 * One line of a diagnostic's context trail, such as {@code for field 'Birthdate'} with the place
 * where that field starts.
 */
public record Context(String description, Location location) {

  /** Renders as {@code "  for field 'Birthdate' (path:14:5)"}. */
  public String render() {
    return "  " + description + " (" + location + ")";
  }
}
