package dev.odgen.runtime.wire;

/**
 * Checks that generated code applies after reading a value, so a value the database would
 * truncate or refuse never reaches it. Each returns the value when it passes.
 */
public final class Checks {
  private Checks() {}

  /**
   * @throws WireFormatException e.g. {@code LName: 'Aaaa…' is not a string of at most 100
   *     characters (it has 130)}
   */
  public static String maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
      throw WireFormatException.notA(
          field, shown, "a string of at most " + max + " characters (it has " + value.length() + ")");
    }
    return value;
  }

  /** @throws WireFormatException e.g. {@code Priority: '300' is not a whole number from 0 to 255} */
  public static long range(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw WireFormatException.notA(field, Long.toString(value), "a whole number from " + min + " to " + max);
    }
    return value;
  }

  /** The int form of {@link #range(String, long, long, long)}. */
  public static int range(String field, int value, int min, int max) {
    return (int) range(field, (long) value, min, max);
  }
}
