package dev.odgen.runtime.jdbc;

import dev.odgen.runtime.schema.Dialect;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Accumulates the conditions of a list filter and their parameters, joined with AND. Column
 * names are given unquoted; the dialect quotes them. A {@code null} value adds no condition, so
 * optional filters chain directly:
 *
 * <pre>{@code
 * Where where = new Where(dialect)
 *     .equalTo("PatNum", q.optLong("PatNum").orElse(null))
 *     .startsWith("LName", q.optString("LName").orElse(null))
 *     .changedSince("DateTStamp", q.optDateTime("DateTStamp").orElse(null));
 * String sql = "SELECT ... FROM `patient`" + where.sql() + " ORDER BY `PatNum`" + dialect.limitOffset();
 * db.query(sql, where.paramsWith(page.limit(), page.offset()), PatientRows::read);
 * }</pre>
 */
public final class Where {
  private final Dialect dialect;
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  public Where(Dialect dialect) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
  }

  /** {@code column = value}. */
  public Where equalTo(String column, Object value) {
    return value == null ? this : add(dialect.quote(column) + " = ?", value);
  }

  /** Values that start with {@code prefix}, ignoring case; LIKE wildcards in it match literally. */
  public Where startsWith(String column, String prefix) {
    return prefix == null ? this : add(dialect.likeIgnoringCase(column), Dialect.likePrefix(prefix));
  }

  /** Values that contain {@code text}, ignoring case; LIKE wildcards in it match literally. */
  public Where contains(String column, String text) {
    return text == null ? this : add(dialect.likeIgnoringCase(column), Dialect.likeContaining(text));
  }

  /** {@code column >= value}. */
  public Where atLeast(String column, Object value) {
    return value == null ? this : add(dialect.quote(column) + " >= ?", value);
  }

  /** {@code column <= value}. */
  public Where atMost(String column, Object value) {
    return value == null ? this : add(dialect.quote(column) + " <= ?", value);
  }

  /** Rows changed at or after {@code since} (a timestamp column): {@code column >= since}. */
  public Where changedSince(String column, LocalDateTime since) {
    return atLeast(column, since);
  }

  /** A date or date-time column on or after the start of {@code date}. */
  public Where onOrAfter(String column, LocalDate date) {
    return atLeast(column, date);
  }

  /**
   * A date or date-time column on or before {@code date}, the whole day included: {@code column
   * < date + 1 day}.
   */
  public Where onOrBefore(String column, LocalDate date) {
    return date == null ? this : add(dialect.quote(column) + " < ?", date.plusDays(1));
  }

  /**
   * The date part of a date or date-time column equals {@code date}. Written as a range ({@code
   * column >= ? AND column < ?}) so an index on the column still helps.
   */
  public Where onDate(String column, LocalDate date) {
    if (date == null) {
      return this;
    }
    String q = dialect.quote(column);
    return add("(" + q + " >= ? AND " + q + " < ?)", date, date.plusDays(1));
  }

  /** {@code column IN (...)}; an empty collection matches nothing. */
  public Where in(String column, Collection<?> values) {
    if (values == null) {
      return this;
    }
    if (values.isEmpty()) {
      return add("1 = 0");
    }
    String marks = String.join(", ", Collections.nCopies(values.size(), "?"));
    return add(dialect.quote(column) + " IN (" + marks + ")", values.toArray());
  }

  /**
   * Any condition, for filters the spec marks custom, e.g. {@code raw("`PatStatus` <> ?", 2)}.
   * The SQL is used as is: quote columns with {@link Dialect#quote}.
   */
  public Where raw(String condition, Object... values) {
    return add(condition, values);
  }

  /** True when no condition was added. */
  public boolean isEmpty() {
    return conditions.isEmpty();
  }

  /** {@code ""} when empty, else {@code " WHERE a AND b"} (with a leading space). */
  public String sql() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** The parameters of {@link #sql()}, in order. */
  public List<Object> params() {
    return Collections.unmodifiableList(new ArrayList<>(params));
  }

  /** The parameters followed by {@code more}, e.g. the limit and offset of the page. */
  public List<Object> paramsWith(Object... more) {
    List<Object> all = new ArrayList<>(params);
    all.addAll(Arrays.asList(more));
    return all;
  }

  private Where add(String condition, Object... values) {
    conditions.add(condition);
    params.addAll(Arrays.asList(values));
    return this;
  }
}
