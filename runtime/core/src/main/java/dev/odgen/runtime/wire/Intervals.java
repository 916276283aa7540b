package dev.odgen.runtime.wire;

import java.util.Locale;

/**
 * Open Dental's Interval (a recall interval such as 6 months and 1 day): one {@code int} in Java and the
 * database, and text such as {@code "6m1d"} or {@code "1y2m3w4d"} on the wire. The int packs one count per
 * byte, days in the lowest, then weeks, months and years (at most 127, the sign bit is left alone), as Open
 * Dental stores it; so 6 months and 1 day is {@code 6 * 65536 + 1}. An empty interval is {@code 0} and
 * {@code ""}.
 */
public final class Intervals {
  private static final String UNITS = "ymwd";
  private static final int[] SHIFTS = {24, 16, 8, 0};
  private static final int[] MAXIMA = {127, 255, 255, 255};
  private static final String WHAT = "an interval such as 6m1d (years y up to 127; months m, weeks w, days d up to 255;"
      + " in that order)";

  private Intervals() {}

  /** The packed value of years, months, weeks and days. */
  public static int of(int years, int months, int weeks, int days) {
    int[] counts = {years, months, weeks, days};
    int packed = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < 0 || counts[i] > MAXIMA[i]) {
        throw new IllegalArgumentException(UNITS.charAt(i) + " count " + counts[i] + " is not from 0 to " + MAXIMA[i]);
      }
      packed |= counts[i] << SHIFTS[i];
    }
    return packed;
  }

  /** The text of a packed value: counts that are not 0 with their unit, e.g. {@code "6m1d"}; {@code ""} for 0. */
  public static String toWire(int packed) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < SHIFTS.length; i++) {
      int count = (packed >>> SHIFTS[i]) & 0xFF;
      if (count != 0) {
        text.append(count).append(UNITS.charAt(i));
      }
    }
    return text.toString();
  }

  /**
   * The packed value of interval text: whole counts each followed by its unit, in the order y, m, w, d, each unit
   * at most once (upper case and spaces allowed); {@code ""} is the empty interval.
   *
   * @throws WireFormatException naming {@code field} when the text is not an interval
   */
  public static int fromWire(String field, String text) {
    String rest = text.replace(" ", "").toLowerCase(Locale.ROOT);
    int packed = 0;
    int nextUnit = 0;
    int at = 0;
    while (at < rest.length()) {
      int digits = at;
      while (digits < rest.length() && Character.isDigit(rest.charAt(digits)) && digits - at < 4) {
        digits++;
      }
      int unit = digits < rest.length() ? UNITS.indexOf(rest.charAt(digits), nextUnit) : -1;
      if (digits == at || unit < 0) {
        throw WireFormatException.notA(field, text, WHAT);
      }
      int count = Integer.parseInt(rest.substring(at, digits));
      if (count > MAXIMA[unit]) {
        throw WireFormatException.notA(field, text, WHAT);
      }
      packed |= count << SHIFTS[unit];
      nextUnit = unit + 1;
      at = digits + 1;
    }
    return packed;
  }
}
