package dev.odgen.runtime.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.testing.Settings;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Values an audit sent to the server that were taken when they should have been refused. */
class HostileValuesTest {
  private static WireReader body(String json) {
    return WireReader.ofRequestBody(Json.parseObject("request body", json.getBytes(StandardCharsets.UTF_8)),
        Settings.WIRE.formats());
  }

  private static String refusal(org.junit.jupiter.api.function.Executable call) {
    return assertThrows(WireFormatException.class, call).getMessage();
  }

  @Test
  void aWholeNumberHasOneSpelling() {
    assertEquals(1L, WireValues.parseLong("PatNum", "1"));
    assertEquals(-7L, WireValues.parseLong("PatNum", "-7"));
    assertEquals(0L, WireValues.parseLong("PatNum", "0"));
    for (String other : List.of("+1", "01", " 1", "1 ", "\u0661", "\uFF11", "1_0", "0x1", "1.", "-0", "--1", "",
        "99999999999999999999", "9223372036854775808")) {
      assertEquals("PatNum: '" + other + "' is not a whole number", refusal(() -> WireValues.parseLong("PatNum", other)));
    }
    assertEquals(Long.MAX_VALUE, WireValues.parseLong("PatNum", "9223372036854775807"));
    assertEquals(Long.MIN_VALUE, WireValues.parseLong("PatNum", "-9223372036854775808"));
  }

  @Test
  void moneyFitsItsDoubleColumnToTheCent() {
    assertEquals(new BigDecimal("9999999999999.99"), body("{\"Fee\":9999999999999.99}").getMoney("Fee"));
    String tooLarge = "ProcFee: '1E+400' is not an amount of money from -9999999999999.99 to 9999999999999.99";
    assertEquals(tooLarge, refusal(() -> body("{\"ProcFee\":1e400}").getMoney("ProcFee")));
    assertTrue(refusal(() -> body("{\"ProcFee\":-1e308}").getMoney("ProcFee")).contains("is not an amount of money"));
    assertTrue(refusal(() -> body("{\"ProcFee\":\"1e400\"}").getMoney("ProcFee")).contains("is not an amount of money"));
    assertTrue(refusal(() -> body("{\"ProcFee\":10000000000000}").getMoney("ProcFee")).contains("from -"));
    for (String text : List.of("+1", "1.", ".5", "1d", "0x1p3", "NaN", "Infinity", " 1", "\u0661")) {
      assertTrue(refusal(() -> WireValues.parseMoney("Fee", text)).contains("is not an amount of money"), text);
    }
  }

  @Test
  @Timeout(10)
  void anAbsurdExponentIsRefusedWithoutExpandingIt() {
    String huge = "{\"Fee\":1e999999999,\"Ratio\":1e999999999,\"Num\":1e999999999,\"Width\":1e999999999}";
    assertTrue(refusal(() -> body(huge).getMoney("Fee")).contains("1E+999999999"));
    assertTrue(refusal(() -> body(huge).getDouble("Ratio")).contains("finite number"));
    assertTrue(refusal(() -> body(huge).getLong("Num")).contains("whole number"));
    assertTrue(refusal(() -> body(huge).getFloat("Width")).contains("finite number"));
    assertTrue(refusal(() -> WireValues.parseMoney("Fee", "1e999999999")).contains("amount of money"));
  }

  @Test
  void doublesAreFinite() {
    assertTrue(refusal(() -> body("{\"Ratio\":1e400}").getDouble("Ratio")).contains("is not a finite number"));
    assertTrue(refusal(() -> body("{\"Ratio\":\"1e400\"}").getDouble("Ratio")).contains("is not a finite number"));
    assertEquals(-1e308, body("{\"Ratio\":-1e308}").getDouble("Ratio"));
  }

  @Test
  void datesRunFromYear1To9999() {
    assertEquals(LocalDate.of(9999, 12, 31), body("{\"D\":\"9999-12-31\"}").getDate("D"));
    assertNull(body("{\"D\":\"0001-01-01\"}").getDate("D"));
    for (String date : List.of("0000-01-01", "-0001-01-01", "+10000-01-01", "-999999999-01-01")) {
      assertTrue(refusal(() -> body("{\"D\":\"" + date + "\"}").getDate("D")).contains("from 0001-01-01 to 9999-12-31")
          || refusal(() -> body("{\"D\":\"" + date + "\"}").getDate("D")).contains("is not a date"), date);
      assertTrue(refusal(() -> body("{\"D\":\"" + date + " 10:00:00\"}").getDateTime("D")).contains("is not a date"),
          date);
    }
    assertEquals("D: '0000-01-01' is not a date from 0001-01-01 to 9999-12-31",
        refusal(() -> body("{\"D\":\"0000-01-01\"}").getDate("D")));
  }

  @Test
  void requestTextIsTextAndValidUnicode() {
    assertEquals("LName: '12' is not a string (text goes in quotes)", refusal(() -> body("{\"LName\":12}").getString("LName")));
    assertEquals("LName: 'true' is not a string (text goes in quotes)",
        refusal(() -> body("{\"LName\":true}").getString("LName")));
    assertEquals("LName: holds a NUL character (U+0000) at position 2, which text may not hold",
        refusal(() -> body("{\"LName\":\"a\\u0000b\"}").getString("LName")));
    assertEquals("LName: holds half of a UTF-16 surrogate pair (U+D800) at position 1; text must be valid Unicode",
        refusal(() -> body("{\"LName\":\"\\ud800\"}").getString("LName")));
    assertTrue(refusal(() -> body("{\"L\":[\"\\udc00x\"]}").getStringList("L")).startsWith("L[0]: holds half"));
    assertEquals("a\uD83D\uDE00", body("{\"LName\":\"a\\ud83d\\ude00\"}").getString("LName"));
    // a response read by a client stays tolerant
    WireReader response = new WireReader(Json.parseObject("response", "{\"Zip\":12345}".getBytes(StandardCharsets.UTF_8)),
        Settings.WIRE.formats());
    assertEquals("12345", response.getString("Zip"));
  }

  @Test
  void aRepeatedQueryParameterIsRefused() {
    QueryReader q = new QueryReader(Map.of("Limit", List.of("5", "6"), "PatNum", List.of("1"), "patnum", List.of("2"),
        "Ids", List.of("1", "2")), Settings.WIRE.formats());
    assertEquals("Limit is given 2 times; give it once", refusal(() -> q.optLong("Limit")));
    assertEquals("PatNum is given 2 times; give it once", refusal(() -> q.optLong("PatNum")));
    assertEquals(List.of(1L, 2L), q.getLongList("Ids"));
  }

  @Test
  void queryNamesIgnoreOnlyAsciiCase() {
    QueryReader q = new QueryReader(Map.of("\u212Aey", List.of("1"), "L\u0131mit", List.of("5"), "lname", List.of("x")),
        Settings.WIRE.formats());
    assertTrue(q.optString("Key").isEmpty());
    assertTrue(q.optLong("LIMIT").isEmpty());
    assertEquals("x", q.getString("LName"));
  }

  @Test
  void queryTextIsValidUnicode() {
    QueryReader q = new QueryReader(Map.of("LName", List.of("a\u0000")), Settings.WIRE.formats());
    assertTrue(refusal(() -> q.optString("LName")).contains("NUL"));
  }

  @Test
  void aLongValueIsCutShortInMessages() {
    String value = "x".repeat(100_000);
    String message = refusal(() -> WireValues.parseLong("PatNum", value));
    assertEquals("PatNum: '" + "x".repeat(40) + "… (100000 characters)' is not a whole number", message);
  }
}
