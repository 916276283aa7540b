package dev.odgen.spec.model;

/** How an enum field travels in JSON. */
public enum EnumWire {
  /** The member's name as a string. */
  NAME,
  /** The member's ordinal as a number. */
  ORDINAL
}
