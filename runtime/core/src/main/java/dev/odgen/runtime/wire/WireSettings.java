package dev.odgen.runtime.wire;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How an API writes booleans, dates and times, as given by the spec's {@code wire:} section.
 * Generated code creates one instance and passes it to the server or client.
 *
 * <p>Patterns use {@link java.time.format.DateTimeFormatter} letters; {@code yyyy} works as the
 * proleptic year (parsing is strict, so {@code 2021-02-30} is refused).
 *
 * @param booleansAsStrings true: booleans travel as the strings {@code "true"}/{@code "false"};
 *     false: as JSON booleans. Readers accept both either way.
 * @param datePattern e.g. {@code yyyy-MM-dd}
 * @param dateTimePattern e.g. {@code yyyy-MM-dd HH:mm:ss}
 * @param timePattern e.g. {@code HH:mm:ss}
 * @param noDate the date written for a missing date, in {@code datePattern}, e.g. {@code
 *     0001-01-01}; a missing date-time is this date at midnight. Reading it back gives {@code
 *     null}.
 * @param dateFormatParam name of the query parameter that overrides the date output format for
 *     one request (e.g. {@code DateFormatString}), or {@code null} when the API has none
 * @param dateTimeFormatParam the same for date-times (e.g. {@code DateTimeFormatString}), or
 *     {@code null}
 * @param blanksAsNull true: absent ({@code null}) strings, dates, times and amounts are written as JSON null
 *     (the spec's {@code blanks: null}); false: as {@code ""}, the no-date value, midnight and 0.00 (Open
 *     Dental's placeholders)
 */
public record WireSettings(
    boolean booleansAsStrings,
    String datePattern,
    String dateTimePattern,
    String timePattern,
    String noDate,
    String dateFormatParam,
    String dateTimeFormatParam,
    boolean blanksAsNull) {

  /** The formats without overrides, by settings (equal settings share them; an API has one or two). */
  private static final Map<WireSettings, WireFormats> DEFAULT_FORMATS = new ConcurrentHashMap<>();

  /** Validates the patterns and {@code noDate} at once, so a bad setting fails at startup. */
  public WireSettings {
    Objects.requireNonNull(datePattern, "datePattern");
    Objects.requireNonNull(dateTimePattern, "dateTimePattern");
    Objects.requireNonNull(timePattern, "timePattern");
    Objects.requireNonNull(noDate, "noDate");
    resolve(booleansAsStrings, datePattern, dateTimePattern, timePattern, noDate, null, null, null, null, false);
  }

  /** Settings whose blanks are written as placeholders ({@code ""}, the no-date value), as Open Dental's are. */
  public WireSettings(
      boolean booleansAsStrings,
      String datePattern,
      String dateTimePattern,
      String timePattern,
      String noDate,
      String dateFormatParam,
      String dateTimeFormatParam) {
    this(booleansAsStrings, datePattern, dateTimePattern, timePattern, noDate, dateFormatParam, dateTimeFormatParam,
        false);
  }

  /** ISO formats ({@code yyyy-MM-dd}, {@code yyyy-MM-dd HH:mm:ss}), native booleans, no overrides. */
  public static WireSettings iso() {
    return new WireSettings(
        false, "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "HH:mm:ss", "0001-01-01", null, null);
  }

  /** The query parameter that overrides the date output format, if the API has one. */
  public Optional<String> dateFormatParamName() {
    return Optional.ofNullable(dateFormatParam);
  }

  /** The query parameter that overrides the date-time output format, if the API has one. */
  public Optional<String> dateTimeFormatParamName() {
    return Optional.ofNullable(dateTimeFormatParam);
  }

  /** The formats of these settings, without overrides. */
  public WireFormats formats() {
    return formats(null, null);
  }

  /**
   * The formats for one request whose caller asked for other output patterns.
   *
   * @param dateOverride a date pattern from the request, or {@code null} to keep the default
   * @param dateTimeOverride a date-time pattern from the request, or {@code null}
   * @throws WireFormatException when an override is not a valid pattern; the message names the
   *     override parameter
   */
  public WireFormats formats(String dateOverride, String dateTimeOverride) {
    boolean overridden = (dateOverride != null && !dateOverride.isBlank())
        || (dateTimeOverride != null && !dateTimeOverride.isBlank());
    if (!overridden) {
      // every request asks for these: compile the patterns once per settings, not once per call
      return DEFAULT_FORMATS.computeIfAbsent(this, s -> s.formatsWith(null, null));
    }
    return formatsWith(dateOverride, dateTimeOverride);
  }

  private WireFormats formatsWith(String dateOverride, String dateTimeOverride) {
    return resolve(
        booleansAsStrings, datePattern, dateTimePattern, timePattern, noDate,
        dateFormatParam, dateTimeFormatParam, dateOverride, dateTimeOverride, blanksAsNull);
  }

  private static WireFormats resolve(
      boolean booleansAsStrings,
      String datePattern,
      String dateTimePattern,
      String timePattern,
      String noDate,
      String dateFormatParam,
      String dateTimeFormatParam,
      String dateOverride,
      String dateTimeOverride,
      boolean blanksAsNull) {
    var date = Patterns.compileForDate("datePattern", datePattern);
    var dateTime = Patterns.compileForDateTime("dateTimePattern", dateTimePattern);
    var time = Patterns.compileForTime("timePattern", timePattern);
    LocalDate blank = WireValues.parseDate("noDate", noDate, date, datePattern, null);
    if (blank == null) {
      throw new IllegalArgumentException("noDate must be a date, not empty");
    }
    var dateOut = date;
    var dateTimeOut = dateTime;
    if (dateOverride != null && !dateOverride.isBlank()) {
      dateOut = Patterns.compileForDate(paramOr(dateFormatParam, "date format"), dateOverride);
    }
    if (dateTimeOverride != null && !dateTimeOverride.isBlank()) {
      dateTimeOut =
          Patterns.compileForDateTime(paramOr(dateTimeFormatParam, "date-time format"), dateTimeOverride);
    }
    return new WireFormats(
        booleansAsStrings, dateOut, dateTimeOut, date, dateTime, time,
        datePattern, dateTimePattern, timePattern, blank, blanksAsNull);
  }

  private static String paramOr(String param, String fallback) {
    return param != null ? param : fallback;
  }
}
