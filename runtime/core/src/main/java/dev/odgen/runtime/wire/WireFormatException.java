package dev.odgen.runtime.wire;

/**
 * A value in a body or query string that does not fit its field. The message is meant for the
 * caller as is, e.g. {@code Birthdate: '1976-13-40' is not a date in the format yyyy-MM-dd}; the
 * server answers it with 400.
 */
public final class WireFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /** A problem with the field {@code field}; {@code message} is the whole text shown. */
  public WireFormatException(String field, String message) {
    super(message);
    this.field = field;
  }

  /**
   * The standard message {@code <field>: '<value>' is not <what>}.
   *
   * @param what the allowed values, phrased to follow "is not", e.g. "a whole number"
   */
  public static WireFormatException notA(String field, String value, String what) {
    return new WireFormatException(field, field + ": '" + shortened(value) + "' is not " + what);
  }

  /** A value as shown in a message: a long one cut to its start, so an error never echoes a whole body. */
  static String shortened(String value) {
    if (value.length() <= 60) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(39)) ? 39 : 40;
    return value.substring(0, end) + "… (" + value.length() + " characters)";
  }

  /** The standard message for a required field or parameter that was left out. */
  public static WireFormatException missing(String field) {
    return new WireFormatException(field, field + " is required");
  }

  /** The name of the field or parameter at fault ("body" for the body as a whole). */
  public String field() {
    return field;
  }
}
