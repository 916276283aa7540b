package dev.odgen.samples.app.hooks;

import dev.odgen.runtime.jdbc.Db;
import java.util.Collection;
import java.util.Collections;

/** SQL text shared by the hooks: quoted names and parameter lists, in the database's dialect. */
final class Sql {
  private final Db db;

  Sql(Db db) {
    this.db = db;
  }

  /** A quoted table or column name. */
  String q(String name) {
    return db.dialect().quote(name);
  }

  /** {@code ?, ?, ?}: one mark per value (callers never pass an empty collection). */
  static String marks(Collection<?> values) {
    return String.join(", ", Collections.nCopies(values.size(), "?"));
  }

  /** A case-insensitive LIKE condition on {@code column} with one {@code ?}, as {@code Where.contains} writes it. */
  String like(String column) {
    return db.dialect().likeIgnoringCase(column);
  }

  Db db() {
    return db;
  }
}
