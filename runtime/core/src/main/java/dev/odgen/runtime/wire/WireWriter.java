package dev.odgen.runtime.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Writes typed values into JSON in the API's wire formats. Generated code calls one method per
 * field, in wire order:
 *
 * <pre>{@code
 * w.startObject();
 * w.writeLong("PatNum", p.patNum());
 * w.writeString("LName", p.lName());
 * w.writeDate("Birthdate", p.birthdate());
 * w.writeEnum("Gender", p.gender());
 * w.endObject();
 * }</pre>
 *
 * <p>Methods named {@code writeX(name, value)} write a field of the current object; methods
 * named {@code xValue(value)} write an array element (or a top-level value). Blank values:
 * {@code null} enums are JSON null; {@code null} strings, dates, date-times, times and money are JSON null
 * when the formats say {@link WireFormats#blanksAsNull()}, else {@code ""}, the no-date value, midnight
 * and 0.00.
 *
 * <p>I/O errors are rethrown as {@link UncheckedIOException}; writing into memory never fails.
 */
public final class WireWriter {
  private final JsonGenerator out;
  private final WireFormats formats;
  /** The field last started, for messages about its value; {@code null} before the first. */
  private String fieldName;

  /** Writes into {@code out} (the caller closes it) with {@code formats}. */
  public WireWriter(JsonGenerator out, WireFormats formats) {
    this.out = out;
    this.formats = formats;
  }

  /** Runs {@code body} and returns the UTF-8 JSON it wrote. */
  public static byte[] toBytes(WireFormats formats, JsonBody body) {
    var bytes = new ByteArrayOutputStream(512);
    try (JsonGenerator gen = Json.FACTORY.createGenerator(bytes)) {
      body.write(new WireWriter(gen, formats));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Runs {@code body}, writing its UTF-8 JSON into {@code out}, which stays open and unflushed (so a server
   * can still send a small response whole, with its length).
   */
  public static void write(WireFormats formats, JsonBody body, OutputStream out) throws IOException {
    try (JsonGenerator gen = Json.FACTORY.createGenerator(out)) {
      gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      gen.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
      body.write(new WireWriter(gen, formats));
    }
  }

  /** The formats this writer uses (per-request output formats on the server). */
  public WireFormats formats() {
    return formats;
  }

  /** The underlying generator, for anything the typed methods do not cover. */
  public JsonGenerator generator() {
    return out;
  }

  // ---- structure

  public WireWriter startObject() {
    return io(() -> out.writeStartObject());
  }

  public WireWriter startObject(String name) {
    return io(() -> out.writeObjectFieldStart(name));
  }

  public WireWriter endObject() {
    return io(() -> out.writeEndObject());
  }

  public WireWriter startArray() {
    return io(() -> out.writeStartArray());
  }

  public WireWriter startArray(String name) {
    return io(() -> out.writeArrayFieldStart(name));
  }

  public WireWriter endArray() {
    return io(() -> out.writeEndArray());
  }

  /** A top-level or element array of {@code items}, each written by {@code element}. */
  public <T> WireWriter listValue(Iterable<? extends T> items, ItemWriter<? super T> element) {
    startArray();
    for (T item : items) {
      element.write(this, item);
    }
    return endArray();
  }

  /** A field holding an array of {@code items}, each written by {@code element}. */
  public <T> WireWriter writeList(String name, Iterable<? extends T> items, ItemWriter<? super T> element) {
    return field(name).listValue(items, element);
  }

  /** A field holding an arbitrary JSON tree (e.g. rows of a raw query). */
  public WireWriter writeNode(String name, JsonNode node) {
    return field(name).io(() -> out.writeTree(node));
  }

  public WireWriter writeNull(String name) {
    return field(name).nullValue();
  }

  // ---- fields: each is the field's name followed by the matching value method below

  /**
   * Starts a field whose name was quoted and encoded once, ahead of time: generated classes keep one
   * {@code SerializedString} per field, which spares Jackson escaping and encoding the name on every row.
   * The value method that follows writes its value.
   */
  public WireWriter field(SerializableString name) {
    fieldName = name.getValue();
    return io(() -> out.writeFieldName(name));
  }

  /** Starts a field named {@code name}; the value method that follows writes its value. */
  public WireWriter field(String name) {
    fieldName = name;
    return io(() -> out.writeFieldName(name));
  }

  public WireWriter writeLong(String name, long value) {
    return field(name).longValue(value);
  }

  public WireWriter writeInt(String name, int value) {
    return field(name).intValue(value);
  }

  /** A whole number as a JSON string, e.g. {@code "24555"}, for fields the API quotes. */
  public WireWriter writeLongString(String name, long value) {
    return field(name).longStringValue(value);
  }

  /** A whole number as a JSON string, e.g. {@code "239"}. */
  public WireWriter writeIntString(String name, int value) {
    return field(name).intStringValue(value);
  }

  public WireWriter writeString(String name, String value) {
    return field(name).stringValue(value);
  }

  /** {@code "true"}/{@code "false"} or a JSON boolean, per {@link WireSettings#booleansAsStrings()}. */
  public WireWriter writeBool(String name, boolean value) {
    return field(name).boolValue(value);
  }

  public WireWriter writeDate(String name, LocalDate value) {
    return field(name).dateValue(value);
  }

  public WireWriter writeDateTime(String name, LocalDateTime value) {
    return field(name).dateTimeValue(value);
  }

  /** The date of a date-time alone, for date-time columns the API shows as dates; {@code null} is the no-date value. */
  public WireWriter writeDateOfDateTime(String name, LocalDateTime value) {
    return field(name).dateOfDateTimeValue(value);
  }

  public WireWriter writeTime(String name, LocalTime value) {
    return field(name).timeValue(value);
  }

  /** A JSON number with exactly two decimals, e.g. {@code 12.50}. */
  public WireWriter writeMoney(String name, BigDecimal value) {
    return field(name).moneyValue(value);
  }

  /** An amount as a JSON string with exactly two decimals, e.g. {@code "130.00"}. */
  public WireWriter writeMoneyString(String name, BigDecimal value) {
    return field(name).moneyStringValue(value);
  }

  /**
   * An amount as a JSON string rounded to cents without trailing zeros, e.g. {@code "300"}, {@code "12.5"},
   * {@code "-129.99"}: the text .NET gives a double, which some Open Dental fields carry.
   */
  public WireWriter writeMoneyTrimmed(String name, BigDecimal value) {
    return field(name).moneyTrimmedValue(value);
  }

  /** A double as a JSON string without trailing zeros, as .NET writes one: {@code "-20"}, {@code "1.5"}. */
  public WireWriter writeDoubleTrimmed(String name, double value) {
    return field(name).doubleTrimmedValue(value);
  }

  /** A float as a JSON string without trailing zeros: {@code "-20"}, {@code "0.1"} (its shortest decimal). */
  public WireWriter writeFloatTrimmed(String name, float value) {
    return field(name).floatTrimmedValue(value);
  }

  public WireWriter writeDouble(String name, double value) {
    return field(name).doubleValue(value);
  }

  public WireWriter writeFloat(String name, float value) {
    return field(name).floatValue(value);
  }

  /** An ARGB colour as {@code "r,g,b"}. */
  public WireWriter writeColor(String name, int argb) {
    return field(name).colorValue(argb);
  }

  /** Open Dental's packed Interval as text, e.g. {@code "6m1d"} ({@code ""} for none). */
  public WireWriter writeInterval(String name, int packed) {
    return field(name).intervalValue(packed);
  }

  /** The member's wire name, or JSON null. */
  public WireWriter writeEnum(String name, WireEnum value) {
    return field(name).enumValue(value);
  }

  /** The member's stored value as a number (enums that travel as ordinals), or JSON null. */
  public WireWriter writeEnumStoredValue(String name, WireEnum value) {
    return field(name).enumStoredValue(value);
  }

  // ---- array elements and top-level values

  public WireWriter nullValue() {
    return io(() -> out.writeNull());
  }

  public WireWriter longValue(long value) {
    return io(() -> out.writeNumber(value));
  }

  public WireWriter intValue(int value) {
    return io(() -> out.writeNumber(value));
  }

  public WireWriter longStringValue(long value) {
    return stringValue(Long.toString(value));
  }

  public WireWriter intStringValue(int value) {
    return stringValue(Integer.toString(value));
  }

  public WireWriter stringValue(String value) {
    if (value == null && formats.blanksAsNull()) {
      return nullValue();
    }
    return io(() -> out.writeString(value == null ? "" : value));
  }

  public WireWriter boolValue(boolean value) {
    return formats.booleansAsStrings()
        ? io(() -> out.writeString(value ? "true" : "false"))
        : io(() -> out.writeBoolean(value));
  }

  public WireWriter dateValue(LocalDate value) {
    return value == null && formats.blanksAsNull() ? nullValue() : stringValue(formats.formatDate(value));
  }

  public WireWriter dateTimeValue(LocalDateTime value) {
    return value == null && formats.blanksAsNull() ? nullValue() : stringValue(formats.formatDateTime(value));
  }

  public WireWriter dateOfDateTimeValue(LocalDateTime value) {
    return dateValue(value == null ? null : value.toLocalDate());
  }

  public WireWriter timeValue(LocalTime value) {
    return value == null && formats.blanksAsNull() ? nullValue() : stringValue(formats.formatTime(value));
  }

  public WireWriter moneyValue(BigDecimal value) {
    if (value == null && formats.blanksAsNull()) {
      return nullValue();
    }
    return io(() -> out.writeNumber(WireValues.money(value)));
  }

  public WireWriter moneyStringValue(BigDecimal value) {
    return value == null && formats.blanksAsNull() ? nullValue() : stringValue(WireValues.money(value).toPlainString());
  }

  public WireWriter moneyTrimmedValue(BigDecimal value) {
    return value == null && formats.blanksAsNull() ? nullValue() : stringValue(WireValues.trimmedMoney(value));
  }

  public WireWriter doubleTrimmedValue(double value) {
    return stringValue(WireValues.trimmedDecimal(Double.toString(finite(value))));
  }

  public WireWriter floatTrimmedValue(float value) {
    return stringValue(WireValues.trimmedDecimal(Float.toString((float) finite(value))));
  }

  public WireWriter doubleValue(double value) {
    finite(value);
    return io(() -> out.writeNumber(value));
  }

  public WireWriter floatValue(float value) {
    finite(value);
    return io(() -> out.writeNumber(value));
  }

  public WireWriter colorValue(int argb) {
    return stringValue(Colors.toWire(argb));
  }

  public WireWriter intervalValue(int packed) {
    return stringValue(Intervals.toWire(packed));
  }

  public WireWriter enumValue(WireEnum value) {
    return value == null ? nullValue() : stringValue(value.wireName());
  }

  public WireWriter enumStoredValue(WireEnum value) {
    return value == null ? nullValue() : intValue(value.storedValue());
  }

  /**
   * JSON has no NaN or infinity (Jackson would write them as the strings "NaN" and "Infinity", which no reader
   * takes as a number): a stored value like that is a fault to report, not a value to send.
   *
   * @throws IllegalStateException naming the field last started, or saying it is a list item
   */
  private double finite(double value) {
    if (!Double.isFinite(value)) {
      String where = fieldName == null ? "a list item" : fieldName;
      throw new IllegalStateException(where + " holds " + value + ", which JSON cannot carry");
    }
    return value;
  }

  private WireWriter io(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  @FunctionalInterface
  private interface IoAction {
    void run() throws IOException;
  }
}
