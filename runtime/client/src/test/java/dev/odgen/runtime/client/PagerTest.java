package dev.odgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PagerTest {
  private final List<Long> offsets = new ArrayList<>();

  private Pager<Long> pagerOver(int total, int pageSize) {
    return Pager.of(pageSize, offset -> {
      offsets.add(offset);
      return LongStream.range(offset, Math.min(offset + pageSize, total)).boxed().toList();
    });
  }

  @Test
  void stopsAtTheFirstShortPage() {
    assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L), pagerOver(8, 3).toList());
    assertEquals(List.of(0L, 3L, 6L), offsets);
  }

  @Test
  void anExactMultipleEndsWithAnEmptyPage() {
    assertEquals(6, pagerOver(6, 3).stream().count());
    assertEquals(List.of(0L, 3L, 6L), offsets);
  }

  @Test
  void emptyListFetchesOnce() {
    assertEquals(List.of(), pagerOver(0, 100).toList());
    assertEquals(List.of(0L), offsets);
  }

  @Test
  void fetchesLazily() {
    assertEquals(List.of(0L, 1L), pagerOver(1000, 100).stream().limit(2).toList());
    assertEquals(List.of(0L), offsets);
  }

  @Test
  void singlePage() {
    assertEquals(List.of(200L, 201L), pagerOver(202, 100).page(200));
  }
}
