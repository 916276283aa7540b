package dev.odgen.spec.model;

/** One member of an enum: the name that travels on the wire and the ordinal that is stored. */
public record EnumMember(String name, int ordinal) {}
