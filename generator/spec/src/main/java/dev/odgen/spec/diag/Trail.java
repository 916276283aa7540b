package dev.odgen.spec.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Where in the spec a check is looking, innermost first: "for field 'X'", then "in resource 'Y'".
 * Immutable; {@link #in} returns a longer trail.
 */
public record Trail(List<Context> contexts) {

  private static final Trail EMPTY = new Trail(List.of());

  public Trail {
    contexts = List.copyOf(contexts);
  }

  public static Trail empty() {
    return EMPTY;
  }

  /** This trail with {@code description} (e.g. "for field 'X'") as its new innermost context. */
  public Trail in(String description, Location location) {
    List<Context> longer = new ArrayList<>(contexts.size() + 1);
    longer.add(new Context(description, location));
    longer.addAll(contexts);
    return new Trail(longer);
  }
}
