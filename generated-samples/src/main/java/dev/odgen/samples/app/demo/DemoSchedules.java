package dev.odgen.samples.app.demo;

import dev.odgen.samples.app.records.RecordCopy;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.Schedule;
import dev.odgen.samples.opendental.entity.ScheduleOp;
import dev.odgen.samples.opendental.entity.ScheduleType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Working hours for the week behind and four weeks ahead, weekdays only: a morning and an afternoon block per
 * provider in their operatory, and one staff-meeting blockout, so {@code GET /appointments/Slots} has real gaps.
 */
final class DemoSchedules {
  static final int DAYS_BEHIND = 7;
  static final int DAYS_AHEAD = 28;
  /** The weekday (counted from today) whose last afternoon hour is a staff meeting in both doctors' operatories. */
  static final int STAFF_MEETING_BUSINESS_DAY = 5;

  private final OpenDentalDaos daos;

  DemoSchedules(OpenDentalDaos daos) {
    this.daos = daos;
  }

  void insert(DemoCalendar calendar, long staffMeeting, long nguyen, long bell, long ortiz, long op1, long op2,
      long hygieneOp) {
    for (LocalDate day = calendar.daysAgo(DAYS_BEHIND); !day.isAfter(calendar.today().plusDays(DAYS_AHEAD));
        day = day.plusDays(1)) {
      if (!DemoCalendar.isWeekday(day)) {
        continue;
      }
      shift(day, nguyen, op1, 8, 12);
      shift(day, nguyen, op1, 13, 17);
      shift(day, bell, op2, 9, 13);
      shift(day, bell, op2, 14, 18);
      shift(day, ortiz, hygieneOp, 8, 12);
      shift(day, ortiz, hygieneOp, 13, 16);
    }
    LocalDate meeting = calendar.businessDaysAhead(STAFF_MEETING_BUSINESS_DAY);
    long blockout = daos.schedules().insert(RecordCopy.with(Schedule.defaults(),
        "schedDate", meeting, "startTime", LocalTime.of(16, 0), "stopTime", LocalTime.of(17, 0),
        "schedType", ScheduleType.BLOCKOUT, "blockoutType", staffMeeting, "note", "Staff meeting"));
    for (long op : List.of(op1, op2)) {
      daos.scheduleOps().insert(new ScheduleOp(0, blockout, op));
    }
  }

  private void shift(LocalDate day, long provNum, long op, int fromHour, int toHour) {
    long scheduleNum = daos.schedules().insert(RecordCopy.with(Schedule.defaults(),
        "schedDate", day, "startTime", LocalTime.of(fromHour, 0), "stopTime", LocalTime.of(toHour, 0),
        "schedType", ScheduleType.PROVIDER, "provNum", provNum));
    daos.scheduleOps().insert(new ScheduleOp(0, scheduleNum, op));
  }
}
