package dev.odgen.samples.app.actions;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.jdbc.Where;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.AppointmentFilter;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.OperatoryFilter;
import dev.odgen.samples.opendental.dao.ScheduleFilter;
import dev.odgen.samples.opendental.entity.Appointment;
import dev.odgen.samples.opendental.entity.ApptStatus;
import dev.odgen.samples.opendental.entity.Operatory;
import dev.odgen.samples.opendental.entity.Schedule;
import dev.odgen.samples.opendental.entity.ScheduleType;
import dev.odgen.samples.opendental.entity.Slot;
import dev.odgen.samples.opendental.server.AppointmentActions.SlotsInput;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /appointments/Slots}: the open blocks of one provider's schedule. A provider schedule covers the
 * operatories attached to it (or, with none attached, those the provider is assigned to); appointments in the
 * operatory, appointments of the provider in any operatory, and blockouts take time away. What is left, at least
 * {@code lengthMinutes} long, is a slot.
 */
final class SlotFinder {
  /** Days searched when no dates are given. */
  static final int DEFAULT_DAYS = 14;
  /** The longest range one call may search. */
  static final int MAX_DAYS = 366;
  /** Statuses whose appointments take their time on the book; broken and unscheduled ones free it. */
  private static final Set<ApptStatus> OCCUPYING = Set.of(ApptStatus.SCHEDULED, ApptStatus.COMPLETE, ApptStatus.ASAP);
  /** Open Dental patterns have one character per five minutes. */
  private static final int MINUTES_PER_PATTERN_CHAR = 5;

  private final OpenDentalDaos daos;
  private final Preferences preferences;

  SlotFinder(OpenDentalDaos daos, Preferences preferences) {
    this.daos = daos;
    this.preferences = preferences;
  }

  List<Slot> find(SlotsInput input, LocalDate today) {
    DateRange range = range(input, today);
    int minLength = input.lengthMinutes() == null ? 1 : input.lengthMinutes();
    if (minLength < 0) {
      throw new BadRequestException("lengthMinutes: must be 0 or more, not " + minLength);
    }
    long provNum = provider(input.provNum());
    Map<Long, Operatory> operatories = operatories();
    if (input.opNum() != null && !operatories.containsKey(input.opNum())) {
      throw new NotFoundException("Operatory not found (OpNum " + input.opNum() + ")");
    }
    List<Schedule> shifts = schedules(range, ScheduleType.PROVIDER, provNum);
    List<Schedule> blockouts = schedules(range, ScheduleType.BLOCKOUT, null);
    Map<Long, List<Long>> opsOfSchedule = opsOf(shifts, blockouts);
    List<Appointment> appointments = occupyingAppointments(range);

    // open time per operatory and day, before anything is taken away
    Map<OpDay, List<TimeBlock>> open = new HashMap<>();
    for (Schedule shift : shifts) {
      List<Long> ops = opsOfSchedule.getOrDefault(shift.scheduleNum(), List.of());
      if (ops.isEmpty()) {
        ops = operatories.values().stream()
            .filter(op -> op.provDentist() == provNum || op.provHygienist() == provNum)
            .map(Operatory::operatoryNum).toList();
      }
      for (long op : ops) {
        if (input.opNum() == null || input.opNum() == op) {
          open.computeIfAbsent(new OpDay(op, shift.schedDate()), k -> new ArrayList<>()).add(block(shift));
        }
      }
    }

    List<Slot> slots = new ArrayList<>();
    for (Map.Entry<OpDay, List<TimeBlock>> entry : open.entrySet()) {
      OpDay opDay = entry.getKey();
      List<TimeBlock> busy = new ArrayList<>();
      for (Appointment a : appointments) {
        boolean sameDay = a.aptDateTime().toLocalDate().equals(opDay.day());
        if (sameDay && (a.op() == opDay.op() || occupies(a, provNum))) {
          busy.add(block(a));
        }
      }
      for (Schedule blockout : blockouts) {
        List<Long> ops = opsOfSchedule.getOrDefault(blockout.scheduleNum(), List.of());
        if (blockout.schedDate().equals(opDay.day()) && (ops.isEmpty() || ops.contains(opDay.op()))) {
          busy.add(block(blockout));
        }
      }
      for (TimeBlock free : TimeBlock.subtract(entry.getValue(), busy)) {
        if (free.minutes() >= minLength && free.minutes() > 0) {
          slots.add(new Slot(free.start(), free.end(), provNum, opDay.op()));
        }
      }
    }
    slots.sort(Comparator.comparing(Slot::dateTimeStart).thenComparingLong(Slot::opNum));
    return slots;
  }

  private record OpDay(long op, LocalDate day) {
  }

  private record DateRange(LocalDate start, LocalDate end) {
  }

  private static DateRange range(SlotsInput input, LocalDate today) {
    if (input.date() != null) {
      if (input.dateStart() != null || input.dateEnd() != null) {
        throw new BadRequestException("date: give either date or dateStart/dateEnd, not both");
      }
      if (input.date().isBefore(today)) {
        throw new BadRequestException("date: must be today (" + today + ") or later, not " + input.date());
      }
      return new DateRange(input.date(), input.date());
    }
    LocalDate start = input.dateStart() != null ? input.dateStart() : today;
    LocalDate end = input.dateEnd() != null ? input.dateEnd() : start.plusDays(DEFAULT_DAYS - 1);
    if (end.isBefore(start)) {
      throw new BadRequestException("dateEnd: " + end + " is before dateStart " + start);
    }
    if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
      throw new BadRequestException("dateEnd: a search covers at most " + MAX_DAYS + " days; narrow dateStart/dateEnd");
    }
    return new DateRange(start, end);
  }

  private long provider(Long asked) {
    if (asked == null) {
      return preferences.key("PracticeDefaultProv").orElseThrow(() -> new BadRequestException(
          "ProvNum: required here, since the office has no default provider (preference PracticeDefaultProv)"));
    }
    if (!daos.providers().exists(asked)) {
      throw new NotFoundException("Provider not found (ProvNum " + asked + ")");
    }
    return asked;
  }

  private Map<Long, Operatory> operatories() {
    Map<Long, Operatory> byNum = new HashMap<>();
    Pages.all((offset, limit) -> daos.operatories().list(new OperatoryFilter(null), offset, limit)).stream()
        .filter(op -> !op.isHidden())
        .forEach(op -> byNum.put(op.operatoryNum(), op));
    return byNum;
  }

  private List<Schedule> schedules(DateRange range, ScheduleType type, Long provNum) {
    ScheduleFilter filter = new ScheduleFilter(null, range.start(), range.end(), type, null, provNum, null);
    return Pages.all((offset, limit) -> daos.schedules().list(filter, offset, limit));
  }

  /** The operatories of each schedule, from table scheduleop, in one query. */
  private Map<Long, List<Long>> opsOf(List<Schedule> shifts, List<Schedule> blockouts) {
    List<Long> nums = new ArrayList<>();
    shifts.forEach(s -> nums.add(s.scheduleNum()));
    blockouts.forEach(s -> nums.add(s.scheduleNum()));
    Map<Long, List<Long>> ops = new HashMap<>();
    if (nums.isEmpty()) {
      return ops;
    }
    Db db = daos.db();
    Where where = new Where(db.dialect()).in("ScheduleNum", nums);
    db.query("SELECT " + db.dialect().quote("ScheduleNum") + ", " + db.dialect().quote("OperatoryNum") + " FROM "
            + db.dialect().quote("scheduleop") + where.sql(), where.params(),
        rs -> new long[] {rs.getLong(1), rs.getLong(2)})
        .forEach(pair -> ops.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]));
    return ops;
  }

  private List<Appointment> occupyingAppointments(DateRange range) {
    AppointmentFilter filter = new AppointmentFilter(null, null, null, null, range.start(), range.end(), null,
        null, null);
    return Pages.all((offset, limit) -> daos.appointments().list(filter, offset, limit)).stream()
        .filter(a -> OCCUPYING.contains(a.aptStatus()))
        .toList();
  }

  /** A hygiene appointment takes the hygienist's time; any other, the provider's. */
  private static boolean occupies(Appointment appointment, long provNum) {
    return appointment.isHygiene() ? appointment.provHyg() == provNum : appointment.provNum() == provNum;
  }

  private static TimeBlock block(Schedule schedule) {
    return new TimeBlock(schedule.schedDate().atTime(schedule.startTime()),
        schedule.schedDate().atTime(schedule.stopTime()));
  }

  private static TimeBlock block(Appointment appointment) {
    int length = Math.max(1, appointment.pattern().length()) * MINUTES_PER_PATTERN_CHAR;
    LocalDateTime start = appointment.aptDateTime();
    return new TimeBlock(start, start.plusMinutes(length));
  }
}
