package dev.odgen.samples.e2e;

import java.util.Locale;

/**
 * The database the suite's servers run on, chosen by {@code -Dodgen.e2e.backend=h2|mariadb} (default h2): the
 * build runs the suite once on each.
 */
enum Backend {
  /** A private in-memory H2 database per server. */
  H2,
  /** A database of its own on the shared MariaDB per server, dropped when the server closes. */
  MARIADB;

  static final String PROPERTY = "odgen.e2e.backend";

  /** The backend the property names; an unknown name fails rather than quietly testing H2. */
  static Backend chosen() {
    String name = System.getProperty(PROPERTY, "h2").trim();
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("-D" + PROPERTY + "=" + name + ": expected h2 or mariadb", e);
    }
  }
}
