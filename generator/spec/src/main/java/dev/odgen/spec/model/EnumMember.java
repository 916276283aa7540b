package dev.odgen.spec.model;

import dev.odgen.spec.diag.Location;

/** One member of an enum: the name that travels on the wire, the ordinal that is stored, and where it is written. */
public record EnumMember(String name, int ordinal, Location location) {

  /** A member with no place in a file (tests, generated entries). */
  public EnumMember(String name, int ordinal) {
    this(name, ordinal, Location.unknown(""));
  }
}
