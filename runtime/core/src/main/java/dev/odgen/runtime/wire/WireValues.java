package dev.odgen.runtime.wire;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Parses text into typed values, with errors that name the field, the value and what is
 * allowed. Body readers, query readers and clients all parse through here, so the rules are the
 * same everywhere: whole numbers may be written {@code 42} or {@code "42"}, booleans {@code
 * true}, {@code "true"} or {@code "TRUE"}, money to cents.
 */
public final class WireValues {
  private WireValues() {}

  /** A whole number that fits a long. */
  public static long parseLong(String field, String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw WireFormatException.notA(field, text, "a whole number");
    }
  }

  /** A whole number that fits an int. */
  public static int parseInt(String field, String text) {
    long value = parseLong(field, text);
    return toInt(field, text, value);
  }

  static int toInt(String field, String text, long value) {
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw WireFormatException.notA(
          field, text, "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
    }
    return (int) value;
  }

  /** {@code true} or {@code false}, ignoring case. */
  public static boolean parseBoolean(String field, String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("true")) {
      return true;
    }
    if (t.equals("false")) {
      return false;
    }
    throw WireFormatException.notA(field, text, "true or false");
  }

  /** A decimal amount, rounded half-up to cents. */
  public static BigDecimal parseMoney(String field, String text) {
    try {
      return new BigDecimal(text.strip()).setScale(2, RoundingMode.HALF_UP);
    } catch (NumberFormatException | ArithmeticException e) {
      throw WireFormatException.notA(field, text, "an amount of money such as 12.50");
    }
  }

  /** Money written with exactly two decimals; {@code null} is zero. */
  public static BigDecimal money(BigDecimal amount) {
    return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP);
  }

  /** Money rounded to cents, as text without trailing zeros: {@code 300.00 -> "300"}, {@code 12.50 -> "12.5"}. */
  public static String trimmedMoney(BigDecimal amount) {
    BigDecimal cents = money(amount);
    return cents.signum() == 0 ? "0" : cents.stripTrailingZeros().toPlainString();
  }

  /**
   * A number's shortest decimal text ({@code Double.toString}/{@code Float.toString}) without trailing zeros or
   * exponent: {@code "-20.0"} is {@code "-20"}, {@code "1.0E-4"} is {@code "0.0001"}; NaN and infinities as given.
   */
  public static String trimmedDecimal(String javaText) {
    try {
      BigDecimal value = new BigDecimal(javaText);
      return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return javaText;
    }
  }

  /** A finite decimal number. */
  public static double parseDouble(String field, String text) {
    try {
      double value = Double.parseDouble(text.strip());
      if (Double.isFinite(value) && !containsLetterOtherThanExponent(text)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw WireFormatException.notA(field, text, "a number");
  }

  /** A finite decimal number that fits a float. */
  public static float parseFloat(String field, String text) {
    double value = parseDouble(field, text);
    float f = (float) value;
    if (Float.isInfinite(f)) {
      throw WireFormatException.notA(field, text, "a number in float range");
    }
    return f;
  }

  /**
   * A member of {@code type} by wire name (exact, else ignoring case).
   *
   * @throws WireFormatException e.g. {@code Gender: 'Mal' is not one of Male, Female, Unknown}
   */
  public static <E extends WireEnum> E parseEnum(String field, String text, Class<E> type) {
    return WireEnums.byName(type, text.strip())
        .orElseThrow(() -> WireFormatException.notA(field, text, "one of " + String.join(", ", WireEnums.names(type))));
  }

  /**
   * A member of {@code type} by wire name, or an unrecognized value keeping {@code text} when it is none of them
   * (how a client reads what a newer server sends).
   */
  public static <E extends WireEnum> E parseEnumOrUnrecognized(String text, Class<E> type) {
    return WireEnums.byName(type, text.strip()).orElseGet(() -> WireEnums.unrecognized(type, text));
  }

  /** A member of {@code type} by its stored value, for enums that travel as numbers. */
  public static <E extends WireEnum> E parseEnumByStoredValue(
      String field, String text, Class<E> type) {
    int value;
    try {
      value = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw notAStoredValue(field, text, type);
    }
    return WireEnums.byStoredValue(type, value).orElseThrow(() -> notAStoredValue(field, text, type));
  }

  private static <E extends WireEnum> WireFormatException notAStoredValue(
      String field, String text, Class<E> type) {
    var allowed = new StringBuilder();
    for (E e : WireEnums.members(type)) {
      allowed.append(allowed.length() == 0 ? "" : ", ").append(e.storedValue()).append(" (").append(e.wireName()).append(')');
    }
    return WireFormatException.notA(field, text, "one of " + allowed);
  }

  /**
   * A string that must be one of a fixed set (the spec's {@code values:}), matched ignoring case
   * and returned as spelled in {@code allowed}.
   */
  public static String parseOneOf(String field, String text, List<String> allowed) {
    for (String a : allowed) {
      if (a.equalsIgnoreCase(text.strip())) {
        return a;
      }
    }
    throw WireFormatException.notA(field, text, "one of " + String.join(", ", allowed));
  }

  /** Parses a date with {@code formatter} or ISO; "" and {@code blank} give {@code null}. */
  static LocalDate parseDate(
      String field, String text, DateTimeFormatter formatter, String pattern, LocalDate blank) {
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    LocalDate value = WireFormats.firstParse(t, s -> LocalDate.parse(s, formatter));
    if (value == null) {
      value = WireFormats.firstParse(t, s -> LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE));
    }
    if (value == null) {
      throw WireFormatException.notA(field, text, "a date in the format " + pattern);
    }
    return value.equals(blank) ? null : value;
  }

  /** Java accepts "1d", "2f", "NaN", "Infinity" and hex floats; the wire does not. */
  private static boolean containsLetterOtherThanExponent(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (Character.isLetter(c) && c != 'e') {
        return true;
      }
    }
    return false;
  }
}
