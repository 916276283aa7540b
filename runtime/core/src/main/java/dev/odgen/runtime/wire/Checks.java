package dev.odgen.runtime.wire;

/**
 * Checks that generated code applies after reading a value, so a value the database would
 * truncate or refuse never reaches it. Each returns the value when it passes.
 */
public final class Checks {
  /** What a {@code text} column holds: 65,535 bytes (MariaDB/MySQL, any character set; UTF-8 here). */
  public static final int TEXT_BYTES = 65_535;

  private Checks() {}

  /**
   * @throws WireFormatException e.g. {@code Note: 'Aaaa…' is not a text of at most 65535 bytes in
   *     UTF-8 (it has 70000)}
   */
  public static String maxUtf8Bytes(String field, String value, int max) {
    // no character takes more than 3 bytes per UTF-16 unit, so short text needs no counting
    if (value == null || (long) value.length() * 3 <= max) {
      return value;
    }
    long bytes = utf8Bytes(value);
    if (bytes > max) {
      throw WireFormatException.notA(
          field, value.substring(0, 40) + "…", "a text of at most " + max + " bytes in UTF-8 (it has " + bytes + ")");
    }
    return value;
  }

  private static long utf8Bytes(String s) {
    long bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

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
