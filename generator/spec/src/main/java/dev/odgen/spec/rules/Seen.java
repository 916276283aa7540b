package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Location;
import dev.odgen.spec.diag.Trail;
import java.util.HashMap;
import java.util.Map;

/** Remembers where each name was first seen and reports later ones as duplicates. */
final class Seen {

  private final String what;
  private final String fix;
  private final Diagnostics diagnostics;
  private final Map<String, Location> first = new HashMap<>();

  /** {@code what} names the kind of thing, e.g. "field"; {@code fix} says how to resolve a duplicate. */
  Seen(String what, String fix, Diagnostics diagnostics) {
    this.what = what;
    this.fix = fix;
    this.diagnostics = diagnostics;
  }

  /**
   * Records {@code key} (shown as {@code shown}); reports it when it was seen before. Returns
   * whether it was new.
   */
  boolean add(String key, String shown, Location at, Trail trail) {
    Location earlier = first.putIfAbsent(key, at);
    if (earlier != null) {
      diagnostics.error(at, trail.in("first declared", earlier), "duplicate " + what + " '" + shown + "'", fix);
    }
    return earlier == null;
  }

  boolean add(String name, Location at, Trail trail) {
    return add(name, name, at, trail);
  }
}
