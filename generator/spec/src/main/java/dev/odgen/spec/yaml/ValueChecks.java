package dev.odgen.spec.yaml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The forms single values of a spec must have, checked as they are read so the error points at the value:
 * each check returns what is wrong, or nothing. The generated code and the server would otherwise fail
 * later, far from the spec line (a package javac refuses, a date pattern that cannot parse what it prints).
 */
final class ValueChecks {
  /** A version as Open Dental writes them: {@code 21.1}, {@code 22.4.28}. */
  private static final Pattern VERSION = Pattern.compile("[0-9]{1,4}(\\.[0-9]{1,4}){1,3}");
  /** URL path characters that need no escaping (RFC 3986 pchar without '%'), in segments after '/'. */
  private static final Pattern BASE_PATH = Pattern.compile("(/[A-Za-z0-9._~!$&'()*+,;=:@-]+)*/?");
  /** A table name any SQL database takes unquoted. */
  private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
  /** One segment of an endpoint path: text, or one {placeholder} naming a parameter. */
  private static final Pattern PATH_SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+|\\{[A-Za-z_][A-Za-z0-9_]*}");

  /** The longest {@code varchar} a MariaDB utf8mb4 column takes; longer text is {@code type: text}. */
  static final int MAX_STRING_LENGTH = 16_383;

  private static final LocalDateTime SAMPLE = LocalDateTime.of(2024, 11, 28, 13, 45, 56);

  private ValueChecks() {}

  static Optional<String> version(String text) {
    return VERSION.matcher(text).matches() ? Optional.empty()
        : Optional.of("'" + text + "' is not a version such as 21.1 or 22.4.28");
  }

  static Optional<String> basePath(String text) {
    if (!text.isEmpty() && !text.startsWith("/")) {
      return Optional.of("basePath '" + text + "' does not start with '/'");
    }
    return BASE_PATH.matcher(text).matches() ? Optional.empty()
        : Optional.of("basePath '" + text + "' is not a URL path: use letters, digits and - . _ ~ between slashes"
            + " (no spaces, no '//')");
  }

  static Optional<String> javaPackage(String text) {
    if (text.isEmpty()) {
      return Optional.of("the package is empty");
    }
    for (String part : text.split("\\.", -1)) {
      if (!isJavaIdentifier(part)) {
        return Optional.of("package '" + text + "' is not a Java package name ('" + part + "' is not a Java"
            + " identifier)");
      }
    }
    return Optional.empty();
  }

  /** What is wrong with an endpoint path such as {@code /appointments/{AptNum}/Break}. */
  static Optional<String> endpointPath(String text) {
    if (!text.startsWith("/")) {
      return Optional.empty();   // reported by the endpoint rules, with the fix
    }
    String[] segments = text.substring(1).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.isEmpty() && i < segments.length - 1) {
        return Optional.of("path '" + text + "' has an empty segment ('//')");
      }
      if (!segment.isEmpty() && !PATH_SEGMENT.matcher(segment).matches()) {
        return Optional.of("path '" + text + "' has a malformed segment '" + segment + "': write text (letters,"
            + " digits, - . _ ~) or one {Name} placeholder per segment");
      }
    }
    return Optional.empty();
  }

  static Optional<String> table(String text) {
    return TABLE.matcher(text).matches() ? Optional.empty()
        : Optional.of("table '" + text + "' is not a table name: use letters, digits and '_' (at most 64),"
            + " starting with a letter");
  }

  /**
   * A wire pattern: a {@link DateTimeFormatter} pattern that parses back what it prints, so the server reads the
   * dates it writes.
   *
   * @param kind "date", "dateTime" or "time"
   */
  static Optional<String> pattern(String kind, String text) {
    if (text.isBlank()) {
      return Optional.of("the " + kind + " pattern is empty");
    }
    DateTimeFormatter formatter;
    try {
      formatter = DateTimeFormatter.ofPattern(text);
    } catch (IllegalArgumentException e) {
      return Optional.of("'" + text + "' is not a date/time pattern: " + e.getMessage());
    }
    try {
      boolean roundTrips = switch (kind) {
        case "date" -> LocalDate.parse(formatter.format(SAMPLE.toLocalDate()), formatter).equals(SAMPLE.toLocalDate());
        case "time" -> LocalTime.parse(formatter.format(SAMPLE.toLocalTime()), formatter)
            .withSecond(0).equals(SAMPLE.toLocalTime().withSecond(0));
        default -> LocalDateTime.parse(formatter.format(SAMPLE), formatter).withSecond(0)
            .equals(SAMPLE.withSecond(0));
      };
      return roundTrips ? Optional.empty()
          : Optional.of("the " + kind + " pattern '" + text + "' does not read back what it writes");
    } catch (java.time.DateTimeException e) {
      return Optional.of("the " + kind + " pattern '" + text + "' cannot read back what it writes (" + e.getMessage()
          + ")");
    }
  }

  static Optional<String> isoDate(String text) {
    try {
      LocalDate.parse(text);
      return Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.of("'" + text + "' is not a date written yyyy-MM-dd");
    }
  }

  private static boolean isJavaIdentifier(String s) {
    return !s.isEmpty() && Character.isJavaIdentifierStart(s.codePointAt(0))
        && s.codePoints().allMatch(Character::isJavaIdentifierPart)
        && !dev.odgen.spec.rules.JavaIdentifiers.isReserved(s) && s.indexOf('$') < 0;
  }
}
