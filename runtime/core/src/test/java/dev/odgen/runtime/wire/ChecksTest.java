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
  void maxUtf8BytesCountsBytesNotCharacters() {
    String ascii = "a".repeat(65_535);
    assertEquals(ascii, Checks.maxUtf8Bytes("Note", ascii, Checks.TEXT_BYTES));
    // 'é' is 2 bytes and '😀' (a surrogate pair) 4: 32,767 x 2 + 1 = 65,535 fits, one more 'é' does not
    String accents = "é".repeat(32_767) + "a";
    assertEquals(accents, Checks.maxUtf8Bytes("Note", accents, Checks.TEXT_BYTES));
    var e = assertThrows(WireFormatException.class,
        () -> Checks.maxUtf8Bytes("Note", "é".repeat(32_768), Checks.TEXT_BYTES));
    assertEquals("Note: '" + "é".repeat(40) + "…' is not a text of at most 65535 bytes in UTF-8 (it has 65536)",
        e.getMessage());
    assertThrows(WireFormatException.class, () -> Checks.maxUtf8Bytes("Note", "😀".repeat(16_384), Checks.TEXT_BYTES));
    assertEquals("😀".repeat(16_383), Checks.maxUtf8Bytes("Note", "😀".repeat(16_383), Checks.TEXT_BYTES));
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
