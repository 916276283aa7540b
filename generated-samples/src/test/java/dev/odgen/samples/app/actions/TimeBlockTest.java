package dev.odgen.samples.app.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeBlockTest {
  private static final LocalDate DAY = LocalDate.of(2030, 3, 4);

  @Test
  void busyTimeSplitsTrimsOrRemovesFreeTime() {
    List<TimeBlock> free = List.of(block(8, 0, 12, 0));
    assertEquals(List.of(block(8, 0, 9, 0), block(9, 30, 12, 0)),
        TimeBlock.subtract(free, List.of(block(9, 0, 9, 30))));
    assertEquals(List.of(block(9, 0, 12, 0)), TimeBlock.subtract(free, List.of(block(7, 0, 9, 0))));
    assertEquals(List.of(block(8, 0, 11, 0)), TimeBlock.subtract(free, List.of(block(11, 0, 13, 0))));
    assertEquals(List.of(), TimeBlock.subtract(free, List.of(block(7, 0, 13, 0))));
    assertEquals(free, TimeBlock.subtract(free, List.of(block(12, 0, 13, 0))));
  }

  @Test
  void overlappingAndTouchingBlocksMerge() {
    assertEquals(List.of(block(8, 0, 13, 0), block(14, 0, 15, 0)),
        TimeBlock.union(List.of(block(14, 0, 15, 0), block(8, 0, 12, 0), block(12, 0, 13, 0), block(9, 0, 10, 0))));
  }

  @Test
  void aBlockCannotEndBeforeItStarts() {
    assertThrows(IllegalArgumentException.class, () -> block(10, 0, 9, 0));
  }

  private static TimeBlock block(int h1, int m1, int h2, int m2) {
    return new TimeBlock(LocalDateTime.of(DAY, java.time.LocalTime.of(h1, m1)),
        LocalDateTime.of(DAY, java.time.LocalTime.of(h2, m2)));
  }
}
