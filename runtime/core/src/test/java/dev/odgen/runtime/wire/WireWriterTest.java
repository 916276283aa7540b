package dev.odgen.runtime.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.io.SerializedString;
import dev.odgen.runtime.testing.Gender;
import dev.odgen.runtime.testing.Settings;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireWriterTest {

  private static String write(WireFormats formats, JsonBody body) {
    return new String(WireWriter.toBytes(formats, body), StandardCharsets.UTF_8);
  }

  @Test
  void writesEveryTypeInWireFormat() {
    String json = write(Settings.WIRE.formats(), w -> w.startObject()
        .writeLong("PatNum", 9_000_000_000L)
        .writeInt("Priority", -3)
        .writeString("LName", "O'Neil \"Jr\"")
        .writeBool("IsActive", true)
        .writeBool("IsHidden", false)
        .writeDate("Birthdate", LocalDate.of(1976, 3, 14))
        .writeDateTime("AptDateTime", LocalDateTime.of(2024, 5, 1, 9, 30, 5))
        .writeTime("StartTime", LocalTime.of(7, 5))
        .writeMoney("Fee", new BigDecimal("12.5"))
        .writeMoney("Rounded", new BigDecimal("0.125"))
        .writeDouble("Ratio", 0.25)
        .writeFloat("Width", 1.5f)
        .writeColor("colorOverride", 0xFF102030)
        .writeEnum("Gender", Gender.FEMALE)
        .writeEnumStoredValue("GenderNum", Gender.OTHER)
        .writeList("ProcNums", List.of(1L, 2L), (ww, n) -> ww.longValue(n))
        .endObject());
    assertEquals(
        "{\"PatNum\":9000000000,\"Priority\":-3,\"LName\":\"O'Neil \\\"Jr\\\"\",\"IsActive\":\"true\","
            + "\"IsHidden\":\"false\",\"Birthdate\":\"1976-03-14\",\"AptDateTime\":\"2024-05-01 09:30:05\","
            + "\"StartTime\":\"07:05:00\",\"Fee\":12.50,\"Rounded\":0.13,\"Ratio\":0.25,\"Width\":1.5,"
            + "\"colorOverride\":\"16,32,48\",\"Gender\":\"Female\",\"GenderNum\":3,\"ProcNums\":[1,2]}",
        json);
  }

  @Test
  void writesBlanksAsJsonNullWhenTheApiSaysSo() {
    WireSettings nulls = new WireSettings(false, "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "HH:mm:ss", "0001-01-01", null,
        null, true);
    String json = write(nulls.formats(), w -> w.startObject()
        .writeDate("Published", null)
        .writeDateTime("DueAt", null)
        .writeTime("OpensAt", null)
        .writeString("Isbn", null)
        .writeMoney("Fine", null)
        .writeMoneyString("FineText", null)
        .writeDateTime("LentAt", LocalDateTime.of(2024, 5, 1, 9, 30))
        .writeString("Title", "")
        .writeList("Tags", java.util.Arrays.asList("a", null), (ww, t) -> ww.stringValue(t))
        .endObject());
    assertEquals("{\"Published\":null,\"DueAt\":null,\"OpensAt\":null,\"Isbn\":null,\"Fine\":null,"
        + "\"FineText\":null,\"LentAt\":\"2024-05-01T09:30:00\",\"Title\":\"\",\"Tags\":[\"a\",null]}", json);
  }

  @Test
  void writesBlanksAsNoDateEmptyStringZeroMoneyAndNullEnum() {
    String json = write(Settings.WIRE.formats(), w -> w.startObject()
        .writeDate("DateFirstVisit", null)
        .writeDateTime("DateTimeArrived", null)
        .writeTime("TimeStart", null)
        .writeString("Note", null)
        .writeMoney("Fee", null)
        .writeEnum("Gender", null)
        .endObject());
    assertEquals(
        "{\"DateFirstVisit\":\"0001-01-01\",\"DateTimeArrived\":\"0001-01-01 00:00:00\","
            + "\"TimeStart\":\"00:00:00\",\"Note\":\"\",\"Fee\":0.00,\"Gender\":null}",
        json);
  }

  @Test
  void writesTheFormsFieldsTakeWithWireAs() {
    String json = write(Settings.WIRE.formats(), w -> w.startObject()
        .writeLongString("ScheduleNum", 24555L)
        .writeIntString("CommType", -239)
        .writeMoneyString("ProcFee", new BigDecimal("130"))
        .writeMoneyString("Rounded", new BigDecimal("0.125"))
        .writeMoneyString("Blank", null)
        .writeMoneyTrimmed("CheckAmt", new BigDecimal("300.00"))
        .writeMoneyTrimmed("Tenths", new BigDecimal("12.50"))
        .writeMoneyTrimmed("Refund", new BigDecimal("-129.99"))
        .writeMoneyTrimmed("Zero", new BigDecimal("0.00"))
        .writeMoneyTrimmed("Hundreds", new BigDecimal("1500.00"))
        .writeMoneyTrimmed("Cents", new BigDecimal("0.004"))
        .writeDateOfDateTime("DischargeDate", LocalDateTime.of(2024, 5, 1, 9, 30))
        .writeDateOfDateTime("NoDischarge", null)
        .endObject());
    assertEquals("{\"ScheduleNum\":\"24555\",\"CommType\":\"-239\",\"ProcFee\":\"130.00\",\"Rounded\":\"0.13\","
        + "\"Blank\":\"0.00\",\"CheckAmt\":\"300\",\"Tenths\":\"12.5\",\"Refund\":\"-129.99\",\"Zero\":\"0\","
        + "\"Hundreds\":\"1500\",\"Cents\":\"0\",\"DischargeDate\":\"2024-05-01\",\"NoDischarge\":\"0001-01-01\"}", json);
  }

  @Test
  void floatsAndDoublesTravelTrimmedAsDotNetWritesThem() {
    String json = write(Settings.WIRE.formats(), w -> w.startObject()
        .writeFloatTrimmed("Movement", -20f)
        .writeFloatTrimmed("Tenth", 0.1f)
        .writeFloatTrimmed("Zero", 0f)
        .writeDoubleTrimmed("Small", 0.0001)
        .writeDoubleTrimmed("Big", 12345678.5)
        .endObject());
    assertEquals("{\"Movement\":\"-20\",\"Tenth\":\"0.1\",\"Zero\":\"0\",\"Small\":\"0.0001\","
        + "\"Big\":\"12345678.5\"}", json);
  }

  @Test
  void nativeBooleansWhenSettingsSaySo() {
    String json = write(WireSettings.iso().formats(), w -> w.startArray().boolValue(true).boolValue(false).endArray());
    assertEquals("[true,false]", json);
  }

  @Test
  void perRequestFormatsChangeDatesAndTheNoDateValue() {
    WireFormats formats = Settings.WIRE.formats("MM/dd/yyyy", "dd.MM.yyyy HH:mm");
    String json = write(formats, w -> w.startObject()
        .writeDate("Birthdate", LocalDate.of(1976, 3, 14))
        .writeDate("DateFirstVisit", null)
        .writeDateTime("AptDateTime", LocalDateTime.of(2024, 5, 1, 9, 30, 5))
        .writeDateTime("DateTimeArrived", null)
        .endObject());
    assertEquals(
        "{\"Birthdate\":\"03/14/1976\",\"DateFirstVisit\":\"01/01/0001\","
            + "\"AptDateTime\":\"01.05.2024 09:30\",\"DateTimeArrived\":\"01.01.0001 00:00\"}",
        json);
  }

  @Test
  void badOverrideNamesTheParameter() {
    var e = assertThrows(WireFormatException.class, () -> Settings.WIRE.formats("yyyy-MM-dd HH:mm", null));
    assertEquals("DateFormatString", e.field());
    assertEquals(true, e.getMessage().startsWith("DateFormatString: 'yyyy-MM-dd HH:mm' is not a date pattern"), e.getMessage());
    var e2 = assertThrows(WireFormatException.class, () -> Settings.WIRE.formats(null, "yyyy-MM-dd bb"));
    assertEquals(true, e2.getMessage().startsWith("DateTimeFormatString: 'yyyy-MM-dd bb' is not a valid date/time pattern"), e2.getMessage());
  }

  @Test
  void colourRoundTrip() {
    assertEquals("0,0,255", Colors.toWire(0xFF0000FF));
    assertEquals("255,255,255", Colors.toWire(-1));
    assertEquals("0,0,0", Colors.toWire(0));
    assertEquals(0xFF0000FF, Colors.fromWire("c", "0,0,255"));
    assertEquals(0xFF102030, Colors.fromWire("c", " 16, 32 ,48 "));
    var e = assertThrows(WireFormatException.class, () -> Colors.fromWire("colorOverride", "300,0,0"));
    assertEquals("colorOverride: '300,0,0' is not a colour as r,g,b with each part from 0 to 255", e.getMessage());
    assertThrows(WireFormatException.class, () -> Colors.fromWire("c", "1,2"));
    assertThrows(WireFormatException.class, () -> Colors.fromWire("c", "a,b,c"));
  }

  @Test
  void moneyIsPlainNeverExponent() {
    assertEquals("[1000000.00]", write(Settings.WIRE.formats(), w -> w.startArray().moneyValue(new BigDecimal("1E+6")).endArray()));
  }

  @Test
  void preEncodedNamesWriteTheSameBytesAsPlainNames() {
    SerializedString name = new SerializedString("Na\"me\u00e9");   // a quote and a non-ASCII letter to escape
    LocalDateTime when = LocalDateTime.of(2024, 5, 1, 9, 30, 5);
    List<JsonBody> plain = List.of(
        w -> w.writeLong("Na\"me\u00e9", -7L), w -> w.writeString("Na\"me\u00e9", null),
        w -> w.writeDateOfDateTime("Na\"me\u00e9", when), w -> w.writeMoneyTrimmed("Na\"me\u00e9", new BigDecimal("12.50")),
        w -> w.writeFloatTrimmed("Na\"me\u00e9", 0.1f), w -> w.writeEnumStoredValue("Na\"me\u00e9", Gender.OTHER),
        w -> w.writeNull("Na\"me\u00e9"));
    List<JsonBody> encoded = List.of(
        w -> w.field(name).longValue(-7L), w -> w.field(name).stringValue(null),
        w -> w.field(name).dateOfDateTimeValue(when), w -> w.field(name).moneyTrimmedValue(new BigDecimal("12.50")),
        w -> w.field(name).floatTrimmedValue(0.1f), w -> w.field(name).enumStoredValue(Gender.OTHER),
        w -> w.field(name).nullValue());
    for (int i = 0; i < plain.size(); i++) {
      JsonBody a = plain.get(i);
      JsonBody b = encoded.get(i);
      assertEquals(write(Settings.WIRE.formats(), w -> { w.startObject(); a.write(w); w.endObject(); }),
          write(Settings.WIRE.formats(), w -> { w.startObject(); b.write(w); w.endObject(); }), "case " + i);
    }
  }

  @Test
  void aValueJsonCannotCarryIsRefusedNamingItsField() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> write(Settings.WIRE.formats(), w -> w.startObject().field(new SerializedString("Ratio")).doubleValue(Double.NaN)));
    assertEquals("Ratio holds NaN, which JSON cannot carry", e.getMessage());
    IllegalStateException item = assertThrows(IllegalStateException.class,
        () -> write(Settings.WIRE.formats(), w -> w.startArray().floatValue(Float.POSITIVE_INFINITY)));
    assertEquals("a list item holds Infinity, which JSON cannot carry", item.getMessage());
  }
}
