package dev.odgen.runtime.wire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads typed query-string parameters with the same rules and messages as {@link WireReader}, so
 * a list filter validates like a body field:
 *
 * <pre>{@code
 * q.optLong("PatNum").ifPresent(v -> where.equalTo("PatNum", v));
 * q.optDateTime("DateTStamp").ifPresent(v -> where.changedSince("DateTStamp", v));
 * LocalDate date = q.getDate("date");           // required: "date is required"
 * }</pre>
 *
 * <p>Names match ignoring case (the API's own server is case-insensitive). A parameter given with
 * an empty value counts as absent. A parameter given more than once (in any spelling) is refused
 * by the single-value getters, since no one value is clearly meant; the list getters take every
 * value. Text holding NUL or half a surrogate pair is refused ({@link Checks#text}).
 */
public final class QueryReader {
  private final Map<String, List<String>> params;
  private final WireFormats formats;

  /** Reads {@code params} (decoded names to values, as servlet containers give them). */
  public QueryReader(Map<String, List<String>> params, WireFormats formats) {
    this.params = Map.copyOf(params);
    this.formats = formats;
  }

  /** The formats dates are parsed with. */
  public WireFormats formats() {
    return formats;
  }

  /** True when the parameter is present with a non-blank value. */
  public boolean has(String name) {
    return first(name).isPresent();
  }

  /** The raw first value, if present and not blank. */
  public Optional<String> raw(String name) {
    return first(name);
  }

  public Optional<String> optString(String name) {
    return first(name);
  }

  public String getString(String name) {
    return require(name, optString(name));
  }

  public Optional<Long> optLong(String name) {
    return parsed(name, WireValues::parseLong);
  }

  public long getLong(String name) {
    return require(name, optLong(name));
  }

  public Optional<Integer> optInt(String name) {
    return parsed(name, WireValues::parseInt);
  }

  public int getInt(String name) {
    return require(name, optInt(name));
  }

  public Optional<Boolean> optBool(String name) {
    return parsed(name, WireValues::parseBoolean);
  }

  public boolean getBool(String name) {
    return require(name, optBool(name));
  }

  public Optional<BigDecimal> optMoney(String name) {
    return parsed(name, WireValues::parseMoney);
  }

  public Optional<Double> optDouble(String name) {
    return parsed(name, WireValues::parseDouble);
  }

  /** A date; the no-date value counts as absent. */
  public Optional<LocalDate> optDate(String name) {
    return parsed(name, formats::parseDate);
  }

  public LocalDate getDate(String name) {
    return require(name, optDate(name));
  }

  /** A date-time (a bare date means midnight); the no-date value counts as absent. */
  public Optional<LocalDateTime> optDateTime(String name) {
    return parsed(name, formats::parseDateTime);
  }

  public LocalDateTime getDateTime(String name) {
    return require(name, optDateTime(name));
  }

  public Optional<LocalTime> optTime(String name) {
    return parsed(name, formats::parseTime);
  }

  public Optional<Integer> optColor(String name) {
    return parsed(name, Colors::fromWire);
  }

  /** Open Dental's Interval text, e.g. {@code 6m1d}, packed into an int. */
  public Optional<Integer> optInterval(String name) {
    return parsed(name, Intervals::fromWire);
  }

  /**
   * An enum member by its name; a whole number is taken as the member's stored value, since some
   * enum fields travel as numbers (a filter then accepts what the field's own JSON shows).
   */
  public <E extends WireEnum> Optional<E> optEnum(String name, Class<E> type) {
    return parsed(name, (field, text) -> text.strip().matches("-?\\d+")
        ? WireValues.parseEnumByStoredValue(field, text, type)
        : WireValues.parseEnum(field, text, type));
  }

  public <E extends WireEnum> E getEnum(String name, Class<E> type) {
    return require(name, optEnum(name, type));
  }

  /** A string from a fixed set (ignoring case), returned as spelled in {@code allowed}. */
  public Optional<String> optOneOf(String name, List<String> allowed) {
    return parsed(name, (field, text) -> WireValues.parseOneOf(field, text, allowed));
  }

  /**
   * Whole numbers given as {@code 1,2,3}, in JSON's array brackets {@code [1,2,3]} (how API documentation often
   * writes a list in a query), as repeated parameters, or any mix; empty when absent.
   * Errors name the element, e.g. {@code PatNums: 'x' is not a whole number}.
   */
  public List<Long> getLongList(String name) {
    List<Long> out = new ArrayList<>();
    for (String value : all(name)) {
      String items = value.strip();
      if (items.startsWith("[") && items.endsWith("]")) {
        items = items.substring(1, items.length() - 1);
      }
      for (String part : items.split(",")) {
        if (!part.isBlank()) {
          out.add(WireValues.parseLong(name, part));
        }
      }
    }
    return out;
  }

  private <T> Optional<T> parsed(String name, BiFunction<String, String, T> parser) {
    return first(name).map(text -> parser.apply(name, text));
  }

  private static <T> T require(String name, Optional<T> value) {
    return value.orElseThrow(() -> WireFormatException.missing(name));
  }

  /** The one value of a single-value parameter, if present and not blank. */
  private Optional<String> first(String name) {
    List<String> values = all(name);
    if (values.size() > 1) {
      throw new WireFormatException(name, name + " is given " + values.size() + " times; give it once");
    }
    return values.stream().filter(v -> !v.isBlank()).findFirst();
  }

  /**
   * Names equal ignoring the case of ASCII letters only: Java's own case folding also makes the Kelvin sign a
   * {@code k} and a dotless {@code ı} an {@code I}, which would give one parameter several spellings.
   */
  static boolean sameName(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y && !(x < 128 && y < 128 && Character.toLowerCase(x) == Character.toLowerCase(y))) {
        return false;
      }
    }
    return true;
  }

  /** Every value of the parameter, under any spelling of its name, each checked to be text. */
  private List<String> all(String name) {
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      if (sameName(e.getKey(), name)) {
        for (String value : e.getValue()) {
          values.add(Checks.text(name, value));
        }
      }
    }
    return values;
  }
}
