package dev.odgen.samples.app.hooks;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Patient Select phone search: the digits typed, in order, with any punctuation or spaces between them in the
 * stored number, so {@code 5035551234}, {@code 503-555} and {@code (503) 555} all find {@code (503)555-1234}.
 */
final class PhonePattern {
  private PhonePattern() {
  }

  /** A regular expression (REGEXP, found anywhere in the value) for the digits of {@code typed}; empty without any. */
  static Optional<String> of(String typed) {
    String digits = typed.chars().filter(Character::isDigit)
        .mapToObj(c -> String.valueOf((char) c))
        .collect(Collectors.joining("[^0-9]*"));
    return digits.isEmpty() ? Optional.empty() : Optional.of(digits);
  }
}
