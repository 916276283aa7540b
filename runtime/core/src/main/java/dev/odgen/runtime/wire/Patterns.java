package dev.odgen.runtime.wire;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;

/** Compiles date and time patterns into strict formatters. */
final class Patterns {
  private static final LocalDateTime SAMPLE = LocalDateTime.of(2001, 2, 3, 4, 5, 6);

  private Patterns() {}

  /**
   * A strict formatter for {@code pattern}. Strict resolving refuses impossible dates such as
   * February 30; since it needs an era for {@code y}, year letters are read as {@code u}
   * (proleptic year), which prints the same for every year the API deals in.
   *
   * @param owner the setting or parameter the pattern came from, named in the error
   * @throws WireFormatException when the pattern is not valid
   */
  static DateTimeFormatter compile(String owner, String pattern) {
    try {
      return DateTimeFormatter.ofPattern(yearAsProleptic(pattern))
          .withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw WireFormatException.notA(owner, pattern, "a valid date/time pattern (" + e.getMessage() + ")");
    }
  }

  /** Like {@link #compile} and also checks the pattern can print a date (no time letters). */
  static DateTimeFormatter compileForDate(String owner, String pattern) {
    return checked(owner, pattern, compile(owner, pattern), SAMPLE.toLocalDate(), "a date pattern");
  }

  /** Like {@link #compile} and also checks the pattern can print a date-time. */
  static DateTimeFormatter compileForDateTime(String owner, String pattern) {
    return checked(owner, pattern, compile(owner, pattern), SAMPLE, "a date-time pattern");
  }

  /** Like {@link #compile} and also checks the pattern can print a time (no date letters). */
  static DateTimeFormatter compileForTime(String owner, String pattern) {
    return checked(owner, pattern, compile(owner, pattern), SAMPLE.toLocalTime(), "a time pattern");
  }

  private static DateTimeFormatter checked(
      String owner, String pattern, DateTimeFormatter formatter, TemporalAccessor sample, String what) {
    try {
      formatter.format(sample);
      return formatter;
    } catch (RuntimeException e) {
      throw WireFormatException.notA(owner, pattern, what + " (" + e.getMessage() + ")");
    }
  }

  /** Replaces {@code y} with {@code u} outside quoted literals. */
  static String yearAsProleptic(String pattern) {
    var out = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      out.append(!quoted && c == 'y' ? 'u' : c);
    }
    return out.toString();
  }
}
