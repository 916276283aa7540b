package dev.odgen.samples.app.actions;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Open Dental's blank dates: null here, or 0001-01-01 (any year before 1880) as Open Dental stores them. */
final class KnownDates {
  private KnownDates() {}

  static boolean known(LocalDate date) {
    return date != null && date.getYear() > 1880;
  }

  static boolean known(LocalDateTime dateTime) {
    return dateTime != null && dateTime.getYear() > 1880;
  }
}
