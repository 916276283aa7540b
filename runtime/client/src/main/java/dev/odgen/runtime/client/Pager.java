package dev.odgen.runtime.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a list call page by page: fetches at offset 0, then at the offset after the items seen so
 * far, until a page comes back shorter than the page size (an empty page included). Lazy: a page
 * is fetched only when iteration reaches it. Each iteration starts from the beginning again.
 *
 * <pre>{@code
 * Pager<Patient> all = Pager.of(100, offset -> patients.list(filter, offset));
 * all.stream().filter(...).forEach(...);
 * }</pre>
 */
public final class Pager<T> implements Iterable<T> {
  /** Fetches the page that starts at {@code offset}. */
  @FunctionalInterface
  public interface PageFetcher<T> {
    List<T> fetch(long offset);
  }

  private final int pageSize;
  private final PageFetcher<T> fetcher;

  private Pager(int pageSize, PageFetcher<T> fetcher) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1");
    }
    this.pageSize = pageSize;
    this.fetcher = fetcher;
  }

  /** A pager over pages of {@code pageSize} items (the server's page size, e.g. 100). */
  public static <T> Pager<T> of(int pageSize, PageFetcher<T> fetcher) {
    return new Pager<>(pageSize, fetcher);
  }

  /** One page, starting at {@code offset}. */
  public List<T> page(long offset) {
    return fetcher.fetch(offset);
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private List<T> page = null;
      private int index = 0;
      private long offset = 0;
      private boolean lastPage = false;

      @Override
      public boolean hasNext() {
        while (page == null || index >= page.size()) {
          if (lastPage) {
            return false;
          }
          page = fetcher.fetch(offset);
          index = 0;
          offset += page.size();
          lastPage = page.size() < pageSize;
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.get(index++);
      }
    };
  }

  /** The items as a sequential, lazy stream. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** Every item, fetching all pages. */
  public List<T> toList() {
    return stream().toList();
  }
}
