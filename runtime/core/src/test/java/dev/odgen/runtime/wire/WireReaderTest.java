package dev.odgen.runtime.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.testing.Gender;
import dev.odgen.runtime.testing.Settings;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class WireReaderTest {

  private static WireReader read(String json) {
    return new WireReader(Json.parseObject("request body", json.getBytes(StandardCharsets.UTF_8)), Settings.WIRE.formats());
  }

  private static void assertMessage(String expected, Executable call) {
    assertEquals(expected, assertThrows(WireFormatException.class, call).getMessage());
  }

  @Test
  void readsNumbersTheApiQuotesInEitherForm() {
    WireReader r = read("""
        {"ScheduleNum": "24555", "CommType": "239", "CheckAmt": "300", "PayAmt": "-129.99", "ProcFee": "130.00",
         "ProvNum": 2, "Fee": 12.5}
        """);
    assertEquals(24555L, r.getLong("ScheduleNum"));
    assertEquals(239, r.getInt("CommType"));
    assertEquals(new BigDecimal("300.00"), r.getMoney("CheckAmt"));
    assertEquals(new BigDecimal("-129.99"), r.getMoney("PayAmt"));
    assertEquals(new BigDecimal("130.00"), r.getMoney("ProcFee"));
    assertEquals(2L, r.getLong("ProvNum"));
    assertEquals(new BigDecimal("12.50"), r.getMoney("Fee"));
    assertMessage("ScheduleNum: '' is not a whole number", () -> read("{\"ScheduleNum\": \"\"}").getLong("ScheduleNum"));
  }

  @Test
  void readsEveryType() {
    WireReader r = read("""
        {"PatNum": 42, "PatNumText": "43", "Priority": -3, "LName": "Smith", "Zip": 12345,
         "IsActive": "TRUE", "IsHidden": false, "Birthdate": "1976-03-14",
         "AptDateTime": "2024-05-01 09:30:05", "StartTime": "07:05:00", "Fee": 12.5, "FeeText": "3.456",
         "Ratio": "0.25", "Width": 1.5, "colorOverride": "16,32,48", "Gender": "Female",
         "GenderNum": 3, "ProcNums": [1, "2"], "Tags": ["a", "b"]}
        """);
    assertEquals(42L, r.getLong("PatNum"));
    assertEquals(43L, r.getLong("PatNumText"));
    assertEquals(-3, r.getInt("Priority"));
    assertEquals("Smith", r.getString("LName"));
    assertEquals("12345", r.getString("Zip"));
    assertTrue(r.getBool("IsActive"));
    assertFalse(r.getBool("IsHidden"));
    assertEquals(LocalDate.of(1976, 3, 14), r.getDate("Birthdate"));
    assertEquals(LocalDateTime.of(2024, 5, 1, 9, 30, 5), r.getDateTime("AptDateTime"));
    assertEquals(LocalTime.of(7, 5), r.getTime("StartTime"));
    assertEquals(new BigDecimal("12.50"), r.getMoney("Fee"));
    assertEquals(new BigDecimal("3.46"), r.getMoney("FeeText"));
    assertEquals(0.25, r.getDouble("Ratio"));
    assertEquals(1.5f, r.getFloat("Width"));
    assertEquals(0xFF102030, r.getColor("colorOverride"));
    assertEquals(Gender.FEMALE, r.getEnum("Gender", Gender.class));
    assertEquals(Gender.OTHER, r.getEnumByStoredValue("GenderNum", Gender.class));
    assertEquals(List.of(1L, 2L), r.getLongList("ProcNums"));
    assertEquals(List.of("a", "b"), r.getStringList("Tags"));
  }

  @Test
  void noDateAndEmptyReadAsNull() {
    WireReader r = read("""
        {"DateFirstVisit": "0001-01-01", "DateTimeArrived": "0001-01-01 00:00:00", "DateX": "", "DateY": "0001-01-01"}
        """);
    assertNull(r.getDate("DateFirstVisit"));
    assertNull(r.getDateTime("DateTimeArrived"));
    assertNull(r.getDate("DateX"));
    assertNull(r.getDateTime("DateY"));
  }

  @Test
  void lenientDateForms() {
    WireReader r = read("{\"a\": \"2024-05-01T09:30:00\", \"b\": \"2024-05-01\", \"c\": \"09:30\"}");
    assertEquals(LocalDateTime.of(2024, 5, 1, 9, 30), r.getDateTime("a"));
    assertEquals(LocalDateTime.of(2024, 5, 1, 0, 0), r.getDateTime("b"));
    assertEquals(LocalTime.of(9, 30), r.getTime("c"));
  }

  @Test
  void fallbacksWhenAbsentOrNull() {
    WireReader r = read("{\"Note\": null}");
    assertFalse(r.has("Note"));
    assertFalse(r.has("Missing"));
    assertEquals("", r.getString("Note", ""));
    assertEquals(7L, r.getLong("Missing", 7L));
    assertEquals(Gender.UNKNOWN, r.getEnum("Gender", Gender.class, Gender.UNKNOWN));
    assertTrue(r.getBool("IsActive", true));
  }

  @Test
  void errorsNameFieldValueAndWhatIsAllowed() {
    WireReader r = read("""
        {"Birthdate": "1976-13-40", "Gender": "Mal", "PatNum": "abc", "Fee": "ten", "IsActive": "yes",
         "Big": 3000000000, "Half": 1.5, "Feb": "2021-02-30", "When": "tomorrow", "Obj": {}, "Ord": 9,
         "Nested": {"Zip": "x"}, "List": [1, "two"]}
        """);
    assertMessage("Birthdate: '1976-13-40' is not a date in the format yyyy-MM-dd", () -> r.getDate("Birthdate"));
    assertMessage("Gender: 'Mal' is not one of Male, Female, Unknown, Other", () -> r.getEnum("Gender", Gender.class));
    assertMessage("PatNum: 'abc' is not a whole number", () -> r.getLong("PatNum"));
    assertMessage("Fee: 'ten' is not an amount of money such as 12.50", () -> r.getMoney("Fee"));
    assertMessage("IsActive: 'yes' is not true or false", () -> r.getBool("IsActive"));
    assertMessage("Big: '3000000000' is not a whole number from -2147483648 to 2147483647", () -> r.getInt("Big"));
    assertMessage("Half: '1.5' is not a whole number", () -> r.getLong("Half"));
    assertMessage("Feb: '2021-02-30' is not a date in the format yyyy-MM-dd", () -> r.getDate("Feb"));
    assertMessage("When: 'tomorrow' is not a date-time in the format yyyy-MM-dd HH:mm:ss", () -> r.getDateTime("When"));
    assertMessage("Obj: '{}' is not a string", () -> r.getString("Obj"));
    assertMessage("Ord: '9' is not one of 0 (Male), 1 (Female), 2 (Unknown), 3 (Other)", () -> r.getEnumByStoredValue("Ord", Gender.class));
    assertMessage("Nested.Zip: 'x' is not a whole number", () -> r.getObject("Nested").getLong("Zip"));
    assertMessage("List[1]: 'two' is not a whole number", () -> r.getLongList("List"));
    assertMessage("LName is required", () -> r.getString("LName"));
  }

  @Test
  void enumNamesMatchIgnoringCase() {
    assertEquals(Gender.MALE, read("{\"g\": \"male\"}").getEnum("g", Gender.class));
  }

  @Test
  void malformedBodies() {
    assertMessage("request body is not valid JSON: the JSON ends before it is complete at line 1, column 13",
        () -> read("{\"a\": [1, 2]"));
  }

  @Test
  void bodyMustBeAnObject() {
    assertMessage("request body must be a JSON object, not an array", () -> read("[1]"));
    assertMessage("request body is empty; expected JSON", () -> read(""));
  }

  @Test
  void duplicateFieldsAreRefused() {
    var e = assertThrows(WireFormatException.class, () -> read("{\"a\": 1, \"a\": 2}"));
    assertEquals("request body is not valid JSON: the field 'a' appears twice at line 1, column 13", e.getMessage());
  }
}
