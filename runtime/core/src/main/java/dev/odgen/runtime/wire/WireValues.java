package dev.odgen.runtime.wire;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses text into typed values, with errors that name the field, the value and what is
 * allowed. Body readers, query readers and clients all parse through here, so the rules are the
 * same everywhere: whole numbers may be written {@code 42} or {@code "42"}, booleans {@code
 * true}, {@code "true"} or {@code "TRUE"}, money to cents.
 */
public final class WireValues {
  private WireValues() {}

  /**
   * The one way a whole number is written: an optional minus and ASCII digits without leading zeros, as in JSON.
   * Java's own parser also takes {@code +1}, {@code 01}, surrounding blanks and other scripts' digits ({@code ١},
   * {@code １}); each of those would be a second spelling of the same id, so they are refused.
   */
  private static final Pattern WHOLE = Pattern.compile("0|-?[1-9][0-9]*");

  /** A decimal number as JSON writes it: no {@code +}, no leading zeros, digits on both sides of a point. */
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  /** A whole number that fits a long, written as {@link #WHOLE} says. */
  public static long parseLong(String field, String text) {
    if (text.length() <= 20 && WHOLE.matcher(text).matches()) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        // too large: reported below
      }
    }
    throw WireFormatException.notA(field, text, "a whole number");
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

  /** A decimal as text for messages: plain, unless its exponent is large ({@code 1E+999999999} has a billion digits). */
  static String shown(BigDecimal value) {
    return Math.abs((long) value.scale()) > 40 ? value.toString() : value.toPlainString();
  }

  /** A decimal amount in the range of {@link Checks#money}, rounded half-up to cents. */
  public static BigDecimal parseMoney(String field, String text) {
    BigDecimal value = decimal(text);
    if (value == null) {
      throw WireFormatException.notA(field, text, "an amount of money such as 12.50");
    }
    return Checks.money(field, value);
  }

  /** The decimal {@code text} spells, or {@code null} when it is not written as {@link #DECIMAL} says. */
  static BigDecimal decimal(String text) {
    if (text.length() > 400 || !DECIMAL.matcher(text).matches()) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;   // an exponent beyond an int
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

  /** A finite decimal number, written as {@link #DECIMAL} says (Java would also take "1d", "NaN" and hex). */
  public static double parseDouble(String field, String text) {
    if (decimal(text) == null) {
      throw WireFormatException.notA(field, text, "a number");
    }
    return Checks.finite(field, text, Double.parseDouble(text));
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
      value = parseInt(field, text);
    } catch (WireFormatException e) {
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
    Checks.dateInRange(field, text, value);
    return value.equals(blank) ? null : value;
  }
}
