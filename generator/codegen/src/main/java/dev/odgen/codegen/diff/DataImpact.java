package dev.odgen.codegen.diff;

import java.util.Locale;

/** What a change means for rows stored by a server of the old spec. */
public enum DataImpact {
  NONE,
  TABLE_ADDED,
  /** Destructive: dropping the table loses its rows. */
  TABLE_REMOVED,
  COLUMN_ADDED,
  /** Destructive: dropping the column loses its values. */
  COLUMN_REMOVED,
  /** Every stored value still fits. */
  COLUMN_WIDENED,
  /** Destructive: stored values may not fit. */
  COLUMN_NARROWED,
  /** Destructive: the column holds another kind of value. */
  COLUMN_RETYPED,
  /** Always an error: stored numbers of an enum member changed, so stored rows silently change meaning. */
  STORED_VALUE_CHANGED;

  /** How reports name it: {@code column added}, {@code stored value changed}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A statement for it would lose stored data. */
  public boolean isDestructive() {
    return this == TABLE_REMOVED || this == COLUMN_REMOVED || this == COLUMN_NARROWED || this == COLUMN_RETYPED;
  }

  /** Never acceptable: the spec change corrupts stored rows. */
  public boolean isError() {
    return this == STORED_VALUE_CHANGED;
  }
}
