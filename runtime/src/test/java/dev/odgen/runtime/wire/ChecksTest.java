package dev.odgen.runtime.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void maxLength() {
    assertEquals("Smith", Checks.maxLength("LName", "Smith", 5));
    var e = assertThrows(WireFormatException.class, () -> Checks.maxLength("LName", "Smithers", 5));
    assertEquals("LName: 'Smithers' is not a string of at most 5 characters (it has 8)", e.getMessage());
  }

  @Test
  void range() {
    assertEquals(255, Checks.range("Priority", 255, 0, 255));
    var e = assertThrows(WireFormatException.class, () -> Checks.range("Priority", 300, 0, 255));
    assertEquals("Priority: '300' is not a whole number from 0 to 255", e.getMessage());
  }

  @Test
  void oneOfFixedStrings() {
    assertEquals("Missed", WireValues.parseOneOf("breakType", "missed", List.of("Missed", "Cancelled")));
    var e = assertThrows(WireFormatException.class,
        () -> WireValues.parseOneOf("breakType", "Late", List.of("Missed", "Cancelled")));
    assertEquals("breakType: 'Late' is not one of Missed, Cancelled", e.getMessage());
  }

  @Test
  void numbersRefuseJavaOnlySpellings() {
    assertEquals(1000.0, WireValues.parseDouble("Ratio", "1e3"));
    assertThrows(WireFormatException.class, () -> WireValues.parseDouble("Ratio", "NaN"));
    assertThrows(WireFormatException.class, () -> WireValues.parseDouble("Ratio", "2d"));
    assertThrows(WireFormatException.class, () -> WireValues.parseFloat("Width", "1e300"));
  }
}
