package dev.odgen.runtime.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written printing gives exactly what the API's compiled patterns give, wherever it is used. */
class IsoTextTest {
  private static final DateTimeFormatter DATE = Patterns.compile("datePattern", IsoText.DATE_PATTERN);
  private static final DateTimeFormatter DATE_TIME = Patterns.compile("dateTimePattern", IsoText.DATE_TIME_PATTERN);

  @Test
  void printsWhatThePatternsPrint() {
    Random random = new Random(17);
    for (int i = 0; i < 20_000; i++) {
      LocalDateTime value = LocalDateTime.of(random.nextInt(10_000), 1 + random.nextInt(12), 1 + random.nextInt(28),
          random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1_000_000_000));
      assertEquals(DATE.format(value.toLocalDate()), IsoText.date(value.toLocalDate()));
      assertEquals(DATE_TIME.format(value), IsoText.dateTime(value));
    }
    assertEquals("0001-01-01", IsoText.date(LocalDate.of(1, 1, 1)));
    assertEquals("0000-12-31 23:59:59", IsoText.dateTime(LocalDateTime.of(0, 12, 31, 23, 59, 59, 999_999_999)));
    assertEquals("9999-12-31", IsoText.date(LocalDate.of(9999, 12, 31)));
  }

  @Test
  void yearsOutsideFourDigitsAreLeftToTheFormatter() {
    assertTrue(IsoText.handles(0));
    assertTrue(IsoText.handles(9999));
    assertFalse(IsoText.handles(-1));
    assertFalse(IsoText.handles(10_000));
  }

  @Test
  void formatsPrintTheSameWithAndWithoutOverrides() {
    WireSettings settings = WireSettings.iso();
    LocalDateTime odd = LocalDateTime.of(12_345, 6, 7, 8, 9, 10);
    assertEquals(DATE_TIME.format(odd), settings.formats().formatDateTime(odd));
    assertEquals(DATE.format(odd.toLocalDate()), settings.formats().formatDate(odd.toLocalDate()));
    assertEquals("0001-01-01", settings.formats().formatDate(null));
    assertEquals("07/06/2026", settings.formats("dd/MM/yyyy", null).formatDate(LocalDate.of(2026, 6, 7)));
  }
}
