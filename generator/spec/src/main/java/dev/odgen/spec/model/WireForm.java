package dev.odgen.spec.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a field's value travels in JSON (its {@code wireAs}): in its type's own form, or in another form the
 * API uses for that field. Which forms a type takes is {@link #fits(FieldType)}.
 */
public enum WireForm {
  /** The type's own form (the type table of FORMAT.md); for an enum, the member's name. */
  NAME("name"),
  /** An enum member's stored number. */
  ORDINAL("ordinal"),
  /** A number as a JSON string: {@code "24555"}; money with its two decimals, {@code "130.00"}. */
  STRING("string"),
  /**
   * A number as a JSON number, the own form of the number types spelled out: for a body that takes a number where
   * the field travels as a string.
   */
  NUMBER("number"),
  /**
   * Money, a double or a float as a JSON string without trailing zeros, as .NET writes a double: {@code "300"},
   * {@code "12.5"}, {@code "-20"}.
   */
  TRIMMED_STRING("trimmedString"),
  /** A date-time written as its date alone, {@code "2024-05-01"}, where the API shows a date-time column as a date. */
  DATE("date");

  private final String specName;

  WireForm(String specName) {
    this.specName = specName;
  }

  /** How the form is written in a spec file. */
  public String specName() {
    return specName;
  }

  public static Optional<WireForm> fromSpecName(String name) {
    return Arrays.stream(values()).filter(f -> f.specName.equals(name)).findFirst();
  }

  /** True when a value of {@code kind} can travel in this form. */
  public boolean fits(FieldType kind) {
    return switch (this) {
      case NAME, ORDINAL -> kind == FieldType.ENUM;
      case STRING -> kind.isKey() || kind == FieldType.LONG || kind == FieldType.INT
          || kind == FieldType.BYTE || kind == FieldType.MONEY;
      case NUMBER -> STRING.fits(kind) || kind == FieldType.DOUBLE || kind == FieldType.FLOAT;
      case TRIMMED_STRING -> kind == FieldType.MONEY || kind == FieldType.DOUBLE || kind == FieldType.FLOAT;
      case DATE -> kind == FieldType.DATE_TIME;
    };
  }

  /** True for the forms of enums, the only ones a list may take. */
  public boolean isEnumForm() {
    return this == NAME || this == ORDINAL;
  }

  /** True for the forms that write a number as a JSON string. */
  public boolean quotesNumber() {
    return this == STRING || this == TRIMMED_STRING;
  }
}
