package dev.odgen.spec.model;

/** How an enum field is stored in its column. */
public enum EnumStorage {
  /** The member's ordinal, in a tinyint. */
  ORDINAL,
  /** The member's name, in a varchar. */
  NAME
}
