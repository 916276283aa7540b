package dev.odgen.runtime.wire;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * The resolved formats of one request or response: how to print dates, date-times, times and
 * booleans, and how to parse them. Output patterns may be overridden per request ({@link
 * WireSettings#formats(String, String)}); input is always parsed with the API's own patterns.
 *
 * <p>Parsing is lenient where that cannot mislead: besides the API's pattern, a date accepts ISO
 * {@code 2024-05-01}; a date-time accepts ISO {@code 2024-05-01T10:00:00} and a bare date (which
 * means midnight); a time accepts ISO {@code 10:00}. An empty string or the no-date value parses
 * to {@code null}. Years run from 1 to 9999: ISO's year 0 and negative years are refused, as no
 * date column keeps them.
 */
public final class WireFormats {
  private final boolean booleansAsStrings;
  private final DateTimeFormatter dateOut;
  private final DateTimeFormatter dateTimeOut;
  private final DateTimeFormatter timeOut;
  private final DateTimeFormatter dateIn;
  private final DateTimeFormatter dateTimeIn;
  private final DateTimeFormatter timeIn;
  private final String datePattern;
  private final String dateTimePattern;
  private final String timePattern;
  private final LocalDate noDate;
  private final boolean blanksAsNull;
  /** The output patterns are the API's own and the common ones, so {@link IsoText} can print them. */
  private final boolean isoDateOut;
  private final boolean isoDateTimeOut;

  WireFormats(
      boolean booleansAsStrings,
      DateTimeFormatter dateOut,
      DateTimeFormatter dateTimeOut,
      DateTimeFormatter dateIn,
      DateTimeFormatter dateTimeIn,
      DateTimeFormatter time,
      String datePattern,
      String dateTimePattern,
      String timePattern,
      LocalDate noDate,
      boolean blanksAsNull) {
    this.booleansAsStrings = booleansAsStrings;
    this.dateOut = dateOut;
    this.dateTimeOut = dateTimeOut;
    this.timeOut = time;
    this.dateIn = dateIn;
    this.dateTimeIn = dateTimeIn;
    this.timeIn = time;
    this.datePattern = datePattern;
    this.dateTimePattern = dateTimePattern;
    this.timePattern = timePattern;
    this.noDate = noDate;
    this.blanksAsNull = blanksAsNull;
    this.isoDateOut = dateOut == dateIn && IsoText.DATE_PATTERN.equals(datePattern);
    this.isoDateTimeOut = dateTimeOut == dateTimeIn && IsoText.DATE_TIME_PATTERN.equals(dateTimePattern);
  }

  /** True when absent values are written as JSON null rather than as placeholders. */
  public boolean blanksAsNull() {
    return blanksAsNull;
  }

  /** True when booleans are written as the strings {@code "true"}/{@code "false"}. */
  public boolean booleansAsStrings() {
    return booleansAsStrings;
  }

  /** The date that stands for "no date", e.g. 0001-01-01. */
  public LocalDate noDate() {
    return noDate;
  }

  /** Prints a date in the output format; {@code null} prints the no-date value. */
  public String formatDate(LocalDate date) {
    LocalDate value = date != null ? date : noDate;
    return isoDateOut && IsoText.handles(value.getYear()) ? IsoText.date(value) : dateOut.format(value);
  }

  /** Prints a date-time in the output format; {@code null} prints the no-date value at midnight. */
  public String formatDateTime(LocalDateTime dateTime) {
    LocalDateTime value = dateTime != null ? dateTime : noDate.atStartOfDay();
    return isoDateTimeOut && IsoText.handles(value.getYear()) ? IsoText.dateTime(value) : dateTimeOut.format(value);
  }

  /** Prints a time; {@code null} prints midnight. */
  public String formatTime(LocalTime time) {
    return timeOut.format(time != null ? time : LocalTime.MIDNIGHT);
  }

  /**
   * Parses a date.
   *
   * @param field named in the error message
   * @return the date, or {@code null} for "" and the no-date value
   * @throws WireFormatException e.g. {@code Birthdate: '1976-13-40' is not a date in the format
   *     yyyy-MM-dd}
   */
  public LocalDate parseDate(String field, String text) {
    return WireValues.parseDate(field, text, dateIn, datePattern, noDate);
  }

  /**
   * Parses a date-time.
   *
   * @return the date-time, or {@code null} for "" and the no-date value (with or without a time)
   * @throws WireFormatException naming the field, the value and the expected format
   */
  public LocalDateTime parseDateTime(String field, String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    LocalDateTime value = firstParse(t, s -> LocalDateTime.parse(s, dateTimeIn));
    if (value == null) {
      value = firstParse(t, s -> LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    }
    if (value == null) {
      LocalDate date = firstParse(t, s -> LocalDate.parse(s, dateIn));
      value = date == null ? null : date.atStartOfDay();
    }
    if (value == null) {
      throw WireFormatException.notA(field, text, "a date-time in the format " + dateTimePattern);
    }
    Checks.dateInRange(field, text, value.toLocalDate());
    return value.toLocalDate().equals(noDate) && value.toLocalTime().equals(LocalTime.MIDNIGHT)
        ? null
        : value;
  }

  /**
   * Parses a time of day.
   *
   * @return the time, or {@code null} for ""
   * @throws WireFormatException naming the field, the value and the expected format
   */
  public LocalTime parseTime(String field, String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    LocalTime value = firstParse(t, s -> LocalTime.parse(s, timeIn));
    if (value == null) {
      value = firstParse(t, s -> LocalTime.parse(s, DateTimeFormatter.ISO_LOCAL_TIME));
    }
    if (value == null) {
      throw WireFormatException.notA(field, text, "a time in the format " + timePattern);
    }
    return value;
  }

  static <T> T firstParse(String text, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
