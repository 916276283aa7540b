package dev.odgen.runtime.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.testing.Gender;
import dev.odgen.runtime.testing.Settings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryReaderTest {
  private final QueryReader q = new QueryReader(
      Map.of(
          "PatNum", List.of("42"),
          "lname", List.of("Sm"),
          "DateTStamp", List.of("2024-05-01 10:00:00"),
          "date", List.of("2024-05-02"),
          "hideInactive", List.of("True"),
          "Gender", List.of("Mal"),
          "Empty", List.of(""),
          "PatNums", List.of("1,2", "3"),

          "NoDate", List.of("0001-01-01")),
      Settings.WIRE.formats());

  @Test
  void typedValues() {
    assertEquals(Optional.of(42L), q.optLong("PatNum"));
    assertEquals(Optional.of("Sm"), q.optString("LName"));
    assertEquals(LocalDateTime.of(2024, 5, 1, 10, 0), q.getDateTime("DateTStamp"));
    assertEquals(LocalDate.of(2024, 5, 2), q.getDate("date"));
    assertEquals(Optional.of(true), q.optBool("hideInactive"));
    assertEquals(List.of(1L, 2L, 3L), q.getLongList("PatNums"));
  }

  @Test
  void aListCanComeInArrayBrackets() {
    QueryReader q = new QueryReader(Map.of("ProvNums", List.of("[2,3]", "[]", "[4]"), "BadNums", List.of("[2,x]")),
        Settings.WIRE.formats());
    assertEquals(List.of(2L, 3L, 4L), q.getLongList("ProvNums"));
    WireFormatException e = assertThrows(WireFormatException.class, () -> q.getLongList("BadNums"));
    assertTrue(e.getMessage().contains("'x' is not a whole number"), e.getMessage());
  }

  @Test
  void enumsAreTakenByNameOrByStoredValue() {
    QueryReader enums = new QueryReader(
        Map.of("Gender", List.of("female"), "GenderNum", List.of("1"), "GenderBad", List.of("9")),
        Settings.WIRE.formats());
    assertEquals(Optional.of(Gender.FEMALE), enums.optEnum("Gender", Gender.class));
    assertEquals(Optional.of(Gender.FEMALE), enums.optEnum("GenderNum", Gender.class));
    var e = assertThrows(WireFormatException.class, () -> enums.optEnum("GenderBad", Gender.class));
    assertTrue(e.getMessage().startsWith("GenderBad: '9' is not one of 0 (Male), 1 (Female)"), e.getMessage());
  }

  @Test
  void blankAndNoDateCountAsAbsent() {
    assertEquals(Optional.empty(), q.optString("Empty"));
    assertEquals(Optional.empty(), q.optDate("NoDate"));
    assertEquals(Optional.empty(), q.optLong("Missing"));
  }

  @Test
  void sameMessagesAsBodies() {
    var e = assertThrows(WireFormatException.class, () -> q.optEnum("Gender", Gender.class));
    assertEquals("Gender: 'Mal' is not one of Male, Female, Unknown, Other", e.getMessage());
    var missing = assertThrows(WireFormatException.class, () -> q.getLong("ProvNum"));
    assertEquals("ProvNum is required", missing.getMessage());
    var bad = assertThrows(WireFormatException.class, () -> q.optDate("DateTStamp"));
    assertTrue(bad.getMessage().startsWith("DateTStamp: '2024-05-01 10:00:00' is not a date"), bad.getMessage());
  }
}
