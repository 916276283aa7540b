package dev.odgen.runtime.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.odgen.runtime.testing.Settings;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntervalsTest {

  @Test
  void packsOneCountPerByteDaysLowestAsOpenDentalStoresIt() {
    assertEquals(6 * 65536 + 1, Intervals.of(0, 6, 0, 1));
    assertEquals(16_777_216 + 2 * 65_536 + 3 * 256 + 4, Intervals.of(1, 2, 3, 4));
    assertEquals(127 << 24 | 255 << 16 | 255 << 8 | 255, Intervals.of(127, 255, 255, 255));
    assertThrows(IllegalArgumentException.class, () -> Intervals.of(128, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> Intervals.of(0, 0, 0, -1));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0       | ''",
      "393217  | 6m1d",
      "1       | 1d",
      "256     | 1w",
      "16777216| 1y",
      "16909060| 1y2m3w4d",
      "17170432| 1y6m",
  })
  void writesTheCountsThatAreNotZeroWithTheirUnit(int packed, String text) {
    assertEquals(text, Intervals.toWire(packed));
    assertEquals(packed, Intervals.fromWire("DefaultInterval", text));
  }

  @Test
  void readsUpperCaseAndSpaces() {
    assertEquals(Intervals.of(1, 6, 0, 20), Intervals.fromWire("RecallInterval", "1Y 6M 20D"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"6", "m", "6x", "1d6m", "6m6m", "128y", "256d", "-1d", "6m1", "00001d", "6.5m"})
  void refusesTextThatIsNotAnInterval(String text) {
    var e = assertThrows(WireFormatException.class, () -> Intervals.fromWire("RecallInterval", text));
    assertEquals("RecallInterval: '" + text + "' is not an interval such as 6m1d (years y up to 127; months m,"
        + " weeks w, days d up to 255; in that order)", e.getMessage());
  }

  @Test
  void theWriterAndReadersCarryIntervalsAsText() {
    String json = new String(WireWriter.toBytes(Settings.WIRE.formats(),
        w -> w.startObject().writeInterval("DefaultInterval", Intervals.of(0, 6, 0, 1))
            .writeInterval("None", 0).endObject()), StandardCharsets.UTF_8);
    assertEquals("{\"DefaultInterval\":\"6m1d\",\"None\":\"\"}", json);
    WireReader in = new WireReader(Json.parseObject("body", json.getBytes(StandardCharsets.UTF_8)),
        Settings.WIRE.formats());
    assertEquals(393217, in.getInterval("DefaultInterval"));
    assertEquals(0, in.getInterval("None"));
    assertEquals(7, in.getInterval("Absent", 7));
    QueryReader query = new QueryReader(Map.of("Interval", List.of("1y")), Settings.WIRE.formats());
    assertEquals(Optional.of(16_777_216), query.optInterval("Interval"));
    assertEquals(Optional.empty(), query.optInterval("Absent"));
  }
}
