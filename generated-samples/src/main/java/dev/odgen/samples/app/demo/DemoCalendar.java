package dev.odgen.samples.app.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Dates of the demo data, relative to the server's today, so the practice looks current whenever it starts. */
final class DemoCalendar {
  private final LocalDate today;

  DemoCalendar(LocalDate today) {
    this.today = today;
  }

  LocalDate today() {
    return today;
  }

  LocalDate daysAgo(int days) {
    return today.minusDays(days);
  }

  /** The {@code n}th weekday after today (1 = the next one). */
  LocalDate businessDaysAhead(int n) {
    LocalDate day = today;
    int left = n;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWeekday(day)) {
        left--;
      }
    }
    return day;
  }

  LocalDateTime at(LocalDate day, int hour, int minute) {
    return day.atTime(LocalTime.of(hour, minute));
  }

  static boolean isWeekday(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
