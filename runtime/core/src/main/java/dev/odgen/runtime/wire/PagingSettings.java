package dev.odgen.runtime.wire;

import java.util.Objects;

/**
 * How list calls page, as given by the spec's {@code paging:} section.
 *
 * @param offsetParam query parameter of the first item's index, e.g. {@code Offset}
 * @param limitParam query parameter of the page size, e.g. {@code Limit}
 * @param pageSize items per call when no limit is given
 * @param maxLimit the largest limit a caller may ask for
 */
public record PagingSettings(String offsetParam, String limitParam, int pageSize, int maxLimit) {

  public PagingSettings {
    Objects.requireNonNull(offsetParam, "offsetParam");
    Objects.requireNonNull(limitParam, "limitParam");
    if (pageSize < 1 || maxLimit < pageSize) {
      throw new IllegalArgumentException(
          "need 1 <= pageSize <= maxLimit, got pageSize " + pageSize + " and maxLimit " + maxLimit);
    }
  }
}
