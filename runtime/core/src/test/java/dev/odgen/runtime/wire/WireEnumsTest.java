package dev.odgen.runtime.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.odgen.runtime.testing.Gender;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WireEnumsTest {

  /** Two members whose names differ only in case: only exact matches are safe. */
  enum Shade implements WireEnum {
    LOWER("dark", 0),
    UPPER("Dark", 1);

    private final String wire;
    private final int stored;

    Shade(String wire, int stored) {
      this.wire = wire;
      this.stored = stored;
    }

    @Override
    public String wireName() {
      return wire;
    }

    @Override
    public int storedValue() {
      return stored;
    }
  }

  @Test
  void looksUpByNameAndStoredValue() {
    assertEquals(Optional.of(Gender.OTHER), WireEnums.byName(Gender.class, "Other"));
    assertEquals(Optional.of(Gender.OTHER), WireEnums.byName(Gender.class, "OTHER"));
    assertEquals(Optional.of(Gender.FEMALE), WireEnums.byStoredValue(Gender.class, 1));
    assertEquals(Optional.empty(), WireEnums.byStoredValue(Gender.class, 9));
    assertEquals(List.of("Male", "Female", "Unknown", "Other"), WireEnums.names(Gender.class));
  }

  @Test
  void caseFoldedNamesThatCollideMatchOnlyExactly() {
    assertEquals(Optional.of(Shade.LOWER), WireEnums.byName(Shade.class, "dark"));
    assertEquals(Optional.of(Shade.UPPER), WireEnums.byName(Shade.class, "Dark"));
    assertEquals(Optional.empty(), WireEnums.byName(Shade.class, "DARK"));
  }
}
