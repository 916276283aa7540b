package dev.odgen.spec.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of value a field, parameter or model property can hold, with their spec spelling. */
public enum FieldType {
  ID("id"),
  REF("ref"),
  LONG("long"),
  INT("int"),
  BYTE("byte"),
  STRING("string"),
  TEXT("text"),
  MONEY("money"),
  DOUBLE("double"),
  FLOAT("float"),
  BOOL("bool"),
  DATE("date"),
  DATE_TIME("dateTime"),
  TIME("time"),
  TIMESTAMP("timestamp"),
  ENUM("enum"),
  COLOR("color"),
  INTERVAL("interval"),
  MODEL("model");

  private final String specName;

  FieldType(String specName) {
    this.specName = specName;
  }

  /** How the type is written in a spec file. */
  public String specName() {
    return specName;
  }

  public static Optional<FieldType> fromSpecName(String name) {
    return Arrays.stream(values()).filter(t -> t.specName.equals(name)).findFirst();
  }

  public static List<String> specNames() {
    return Arrays.stream(values()).map(FieldType::specName).toList();
  }

  /** True for types whose Java value is a whole number held in a long. */
  public boolean isKey() {
    return this == ID || this == REF;
  }

  /** True for the date and time types. */
  public boolean isTemporal() {
    return this == DATE || this == DATE_TIME || this == TIME || this == TIMESTAMP;
  }
}
