package dev.odgen.runtime.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads typed values out of a JSON object by field name. Generated code reads bodies (server) and
 * responses (client) with it:
 *
 * <pre>{@code
 * long patNum = r.getLong("PatNum");                    // required: "PatNum is required"
 * String note = r.getString("Note", "");                // optional with a default
 * if (r.has("Birthdate")) b.birthdate(r.getDate("Birthdate"));   // partial update
 * Gender g = r.getEnum("Gender", Gender.class, Gender.Unknown);
 * }</pre>
 *
 * <p>The one-argument getters require the field; the two-argument ones return the fallback when
 * it is absent or JSON null. Values are lenient in form and strict in content: numbers may be
 * JSON numbers or numeric strings, booleans JSON booleans or {@code "true"}/{@code "false"} in
 * any case. Every mismatch throws {@link WireFormatException} naming the field, the value and what
 * is allowed. Unknown fields are ignored.
 *
 * <p>A reader made with {@link #ofRequestBody} (what a server reads) also refuses a number or a
 * boolean where a string belongs, and text holding NUL or half a surrogate pair ({@link
 * Checks#text}); the plain constructor (what a client reads responses with) takes them, turning a
 * number into its JSON text.
 */
public final class WireReader {
  private final JsonNode object;
  private final WireFormats formats;
  private final String prefix;
  private final boolean strictText;

  /** Reads the fields of {@code object} (normally an object node) with {@code formats}. */
  public WireReader(JsonNode object, WireFormats formats) {
    this(object, formats, "", false);
  }

  private WireReader(JsonNode object, WireFormats formats, String prefix, boolean strictText) {
    this.object = object;
    this.formats = formats;
    this.prefix = prefix;
    this.strictText = strictText;
  }

  /**
   * A reader of a request body: as the constructor's, except that strings must be JSON strings of valid text
   * (see the class comment), so nothing a caller did not write as text is stored as text.
   */
  public static WireReader ofRequestBody(JsonNode object, WireFormats formats) {
    return new WireReader(object, formats, "", true);
  }

  /** The formats this reader parses dates with. */
  public WireFormats formats() {
    return formats;
  }

  /** The underlying JSON. */
  public JsonNode node() {
    return object;
  }

  /** True when the field is present and not JSON null. */
  public boolean has(String name) {
    JsonNode v = object.get(name);
    return v != null && !v.isNull();
  }

  /** True when the field is present with the value JSON null (a body that clears it). */
  public boolean isNull(String name) {
    JsonNode v = object.get(name);
    return v != null && v.isNull();
  }

  /** The names of the fields present, in document order. */
  public Set<String> fieldNames() {
    Set<String> names = new LinkedHashSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  // ---- whole numbers

  public long getLong(String name) {
    return asLong(label(name), required(name));
  }

  public long getLong(String name, long fallback) {
    return has(name) ? getLong(name) : fallback;
  }

  public int getInt(String name) {
    String label = label(name);
    JsonNode v = required(name);
    return WireValues.toInt(label, text(v), asLong(label, v));
  }

  public int getInt(String name, int fallback) {
    return has(name) ? getInt(name) : fallback;
  }

  // ---- text

  public String getString(String name) {
    return asString(label(name), required(name), strictText);
  }

  public String getString(String name, String fallback) {
    return has(name) ? getString(name) : fallback;
  }

  /**
   * A reference that travels by name: a string as given, or a JSON number (the id itself) as its text, so that
   * both forms reach the name lookup.
   */
  public String getNameOrId(String name) {
    JsonNode v = required(name);
    return v.isNumber() ? text(v) : getString(name);
  }

  /** A string that must be one of {@code allowed} (ignoring case); returned as spelled there. */
  public String getOneOf(String name, List<String> allowed) {
    return WireValues.parseOneOf(label(name), getString(name), allowed);
  }

  public String getOneOf(String name, List<String> allowed, String fallback) {
    return has(name) ? getOneOf(name, allowed) : fallback;
  }

  // ---- booleans

  public boolean getBool(String name) {
    String label = label(name);
    JsonNode v = required(name);
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isTextual()) {
      return WireValues.parseBoolean(label, v.textValue());
    }
    throw WireFormatException.notA(label, text(v), "true or false");
  }

  public boolean getBool(String name, boolean fallback) {
    return has(name) ? getBool(name) : fallback;
  }

  // ---- decimals

  /** An amount rounded half-up to cents. */
  public BigDecimal getMoney(String name) {
    String label = label(name);
    JsonNode v = required(name);
    if (v.isNumber()) {
      return Checks.money(label, v.decimalValue());
    }
    return WireValues.parseMoney(label, scalar(label, v, "an amount of money such as 12.50"));
  }

  public BigDecimal getMoney(String name, BigDecimal fallback) {
    return has(name) ? getMoney(name) : fallback;
  }

  public double getDouble(String name) {
    String label = label(name);
    JsonNode v = required(name);
    return v.isNumber()
        ? Checks.finite(label, text(v), v.doubleValue())
        : WireValues.parseDouble(label, scalar(label, v, "a number"));
  }

  public double getDouble(String name, double fallback) {
    return has(name) ? getDouble(name) : fallback;
  }

  public float getFloat(String name) {
    String label = label(name);
    return WireValues.parseFloat(label, text(required(name)));
  }

  public float getFloat(String name, float fallback) {
    return has(name) ? getFloat(name) : fallback;
  }

  // ---- dates and times (null means "no date")

  /** A date, or {@code null} for "" or the no-date value. */
  public LocalDate getDate(String name) {
    String label = label(name);
    return formats.parseDate(label, scalar(label, required(name), "a date"));
  }

  public LocalDate getDate(String name, LocalDate fallback) {
    return has(name) ? getDate(name) : fallback;
  }

  /** A date-time, or {@code null} for "" or the no-date value. */
  public LocalDateTime getDateTime(String name) {
    String label = label(name);
    return formats.parseDateTime(label, scalar(label, required(name), "a date-time"));
  }

  public LocalDateTime getDateTime(String name, LocalDateTime fallback) {
    return has(name) ? getDateTime(name) : fallback;
  }

  /** A time of day, or {@code null} for "". */
  public LocalTime getTime(String name) {
    String label = label(name);
    return formats.parseTime(label, scalar(label, required(name), "a time"));
  }

  public LocalTime getTime(String name, LocalTime fallback) {
    return has(name) ? getTime(name) : fallback;
  }

  // ---- colours and enums

  /** An {@code "r,g,b"} colour as opaque ARGB. */
  public int getColor(String name) {
    String label = label(name);
    return Colors.fromWire(label, scalar(label, required(name), "a colour as r,g,b"));
  }

  public int getColor(String name, int fallback) {
    return has(name) ? getColor(name) : fallback;
  }

  /** Open Dental's Interval text, e.g. {@code "6m1d"}, packed into an int; {@code ""} is 0. */
  public int getInterval(String name) {
    String label = label(name);
    return Intervals.fromWire(label, scalar(label, required(name), "an interval such as 6m1d"));
  }

  public int getInterval(String name, int fallback) {
    return has(name) ? getInterval(name) : fallback;
  }

  /** An enum member by wire name. */
  public <E extends WireEnum> E getEnum(String name, Class<E> type) {
    String label = label(name);
    JsonNode v = required(name);
    String allowed = "one of " + String.join(", ", WireEnums.names(type));
    return WireValues.parseEnum(label, scalar(label, v, allowed), type);
  }

  public <E extends WireEnum> E getEnum(String name, Class<E> type, E fallback) {
    return has(name) ? getEnum(name, type) : fallback;
  }

  /** An enum member by stored value, for enums that travel as numbers. */
  public <E extends WireEnum> E getEnumByStoredValue(String name, Class<E> type) {
    return WireValues.parseEnumByStoredValue(label(name), text(required(name)), type);
  }

  public <E extends WireEnum> E getEnumByStoredValue(String name, Class<E> type, E fallback) {
    return has(name) ? getEnumByStoredValue(name, type) : fallback;
  }

  /**
   * An enum member by wire name, or when the text is none of the members an unrecognized value that keeps it:
   * how a client reads responses of a server built from a newer spec. The fallback is for an absent field.
   */
  public <E extends WireEnum> E getEnumOrUnrecognized(String name, Class<E> type, E fallback) {
    if (!has(name)) {
      return fallback;
    }
    String label = label(name);
    return WireValues.parseEnumOrUnrecognized(scalar(label, required(name), "a member name"), type);
  }

  /** An enum member by stored value, or an unrecognized value keeping the number's text. */
  public <E extends WireEnum> E getEnumByStoredValueOrUnrecognized(String name, Class<E> type, E fallback) {
    if (!has(name)) {
      return fallback;
    }
    String text = text(required(name));
    try {
      return WireEnums.byStoredValue(type, Integer.parseInt(text.strip()))
          .orElseGet(() -> WireEnums.unrecognized(type, text.strip()));
    } catch (NumberFormatException e) {
      return WireValues.parseEnumByStoredValue(label(name), text, type);
    }
  }

  // ---- nested values

  /** A nested object; errors inside it name the path, e.g. {@code Address.Zip}. */
  public WireReader getObject(String name) {
    String label = label(name);
    JsonNode v = required(name);
    if (!v.isObject()) {
      throw new WireFormatException(label, label + " must be a JSON object, not " + Json.kindOf(v));
    }
    return new WireReader(v, formats, label + ".", strictText);
  }

  /** The raw JSON of a field, or {@code null} when absent. */
  public JsonNode getNode(String name) {
    return object.get(name);
  }

  /**
   * An array of objects, each read by {@code element}; errors name the element, e.g. {@code
   * Items[2].Amount}.
   */
  public <T> List<T> getObjectList(String name, Function<WireReader, T> element) {
    List<T> out = new ArrayList<>();
    int i = 0;
    for (Iterator<JsonNode> it = array(name); it.hasNext(); i++) {
      JsonNode v = it.next();
      String label = label(name) + "[" + i + "]";
      if (!v.isObject()) {
        throw new WireFormatException(label, label + " must be a JSON object, not " + Json.kindOf(v));
      }
      out.add(element.apply(new WireReader(v, formats, label + ".", strictText)));
    }
    return out;
  }

  /** An array of whole numbers. */
  public List<Long> getLongList(String name) {
    List<Long> out = new ArrayList<>();
    int i = 0;
    for (Iterator<JsonNode> it = array(name); it.hasNext(); i++) {
      out.add(asLong(label(name) + "[" + i + "]", it.next()));
    }
    return out;
  }

  /** An array of strings. */
  public List<String> getStringList(String name) {
    List<String> out = new ArrayList<>();
    int i = 0;
    for (Iterator<JsonNode> it = array(name); it.hasNext(); i++) {
      out.add(asString(label(name) + "[" + i + "]", it.next(), strictText));
    }
    return out;
  }

  /** An optional array: an empty list when the field is absent. */
  public List<Long> getLongList(String name, List<Long> fallback) {
    return has(name) ? getLongList(name) : fallback;
  }

  // ---- helpers

  private Iterator<JsonNode> array(String name) {
    String label = label(name);
    JsonNode v = required(name);
    if (!v.isArray()) {
      throw new WireFormatException(label, label + " must be a JSON array, not " + Json.kindOf(v));
    }
    return v.elements();
  }

  private JsonNode required(String name) {
    JsonNode v = object.get(name);
    if (v == null || v.isNull()) {
      throw WireFormatException.missing(label(name));
    }
    return v;
  }

  private String label(String name) {
    return prefix + name;
  }

  private static long asLong(String label, JsonNode v) {
    if (v.isIntegralNumber()) {
      if (v.canConvertToLong()) {
        return v.longValue();
      }
      throw WireFormatException.notA(label, text(v), "a whole number");
    }
    if (v.isNumber()) {
      try {
        return v.decimalValue().longValueExact();
      } catch (ArithmeticException e) {
        throw WireFormatException.notA(label, text(v), "a whole number");
      }
    }
    return WireValues.parseLong(label, scalar(label, v, "a whole number"));
  }

  private static String asString(String label, JsonNode v, boolean strict) {
    if (v.isContainerNode() || (strict && !v.isTextual())) {
      throw WireFormatException.notA(label, text(v), strict ? "a string (text goes in quotes)" : "a string");
    }
    return strict ? Checks.text(label, v.textValue()) : text(v);
  }

  /** The text of a string, number or boolean; containers are refused with {@code what}. */
  private static String scalar(String label, JsonNode v, String what) {
    if (v.isContainerNode()) {
      throw WireFormatException.notA(label, text(v), what);
    }
    return text(v);
  }

  private static String text(JsonNode v) {
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isBigDecimal()) {
      return WireValues.shown(v.decimalValue());
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }
}
