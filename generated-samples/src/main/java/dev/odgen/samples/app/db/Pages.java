package dev.odgen.samples.app.db;

import java.util.ArrayList;
import java.util.List;

/** Reads every row of a DAO list call, page by page (DAOs answer at most one page per call). */
public final class Pages {
  /** Rows per call: the API's largest page. */
  static final int SIZE = 100;

  /** One page of a list call. */
  @FunctionalInterface
  public interface PageReader<T> {
    List<T> read(long offset, int limit);
  }

  private Pages() {
  }

  /** All rows, in the DAO's order. */
  public static <T> List<T> all(PageReader<T> reader) {
    List<T> rows = new ArrayList<>();
    long offset = 0;
    while (true) {
      List<T> page = reader.read(offset, SIZE);
      rows.addAll(page);
      if (page.size() < SIZE) {
        return rows;
      }
      offset += SIZE;
    }
  }
}
