package dev.odgen.codegen.diff;

import java.util.Locale;

/** What a change means for API clients generated from, or written against, the old spec. */
public enum ClientImpact {
  /** Nothing a client sees changes (e.g. a column widened). */
  NONE,
  /** Something was added; old clients keep working. */
  COMPATIBLE,
  /** Old clients may fail: something they call, send or read was removed or changed. */
  BREAKING;

  /** How reports name it: {@code none}, {@code compatible}, {@code breaking}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
