package dev.odgen.runtime.wire;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Checks that generated code applies after reading a value, so a value the database would
 * truncate or refuse never reaches it. Each returns the value when it passes.
 */
public final class Checks {
  /** What a {@code text} column holds: 65,535 bytes (MariaDB/MySQL, any character set; UTF-8 here). */
  public static final int TEXT_BYTES = 65_535;

  /**
   * The largest amount of money: money is stored in a {@code double} column, which keeps 15 significant digits
   * exactly, so with cents at most 13 digits before the point. A larger amount would come back changed.
   */
  public static final BigDecimal MAX_MONEY = new BigDecimal("9999999999999.99");

  /** The dates a {@code date} or {@code datetime} column holds as written: years 1 to 9999. */
  public static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);
  public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

  private Checks() {}

  /**
   * An amount within {@link #MAX_MONEY} either way, rounded half-up to cents. The range is checked before
   * rounding, so an absurd exponent ({@code 1e999999999}) costs nothing.
   *
   * @throws WireFormatException e.g. {@code ProcFee: '1e400' is not an amount of money from -9999999999999.99 to
   *     9999999999999.99}
   */
  public static BigDecimal money(String field, BigDecimal amount) {
    if (amount.abs().compareTo(MAX_MONEY) > 0) {
      throw WireFormatException.notA(field, WireValues.shown(amount),
          "an amount of money from -" + MAX_MONEY.toPlainString() + " to " + MAX_MONEY.toPlainString());
    }
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * A required value that must name something: a date read from {@code ""} or the blank date is {@code null}, and
   * a required date must be a date.
   *
   * @throws WireFormatException {@code DateTimeStart is required} when {@code value} is null
   */
  public static <T> T present(String field, T value) {
    if (value == null) {
      throw WireFormatException.missing(field);
    }
    return value;
  }

  /** @throws WireFormatException when {@code value} is infinite or NaN (a JSON number beyond a double's range) */
  public static double finite(String field, String text, double value) {
    if (!Double.isFinite(value)) {
      throw WireFormatException.notA(field, text, "a finite number of at most " + Double.MAX_VALUE + " either way");
    }
    return value;
  }

  /** @throws WireFormatException when the year is not 1 to 9999 (year 0 and negative years parse in ISO form) */
  static void dateInRange(String field, String text, LocalDate date) {
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      throw WireFormatException.notA(field, text, "a date from " + MIN_DATE + " to " + MAX_DATE);
    }
  }

  /**
   * Text a database stores as given: no NUL character (C strings end there; MariaDB and H2 differ on it) and no
   * half of a surrogate pair (not Unicode; stored as '?' or refused, depending on the column).
   *
   * @throws WireFormatException e.g. {@code LName: holds a NUL character (U+0000) at position 3, which text may
   *     not hold}
   */
  public static String text(String field, String value) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == 0) {
        throw new WireFormatException(field, field + ": holds a NUL character (U+0000) at position " + (i + 1)
            + ", which text may not hold");
      }
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1));
        if (!paired) {
          throw new WireFormatException(field, field + ": holds half of a UTF-16 surrogate pair (U+"
              + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ") at position " + (i + 1) + "; text must be valid Unicode");
        }
        i++;
      }
    }
    return value;
  }

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
