package dev.odgen.samples.app.actions;

import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.SecurityLogFilter;
import dev.odgen.samples.opendental.entity.Appointment;
import dev.odgen.samples.opendental.entity.AppointmentPatch;
import dev.odgen.samples.opendental.entity.AppointmentType;
import dev.odgen.samples.opendental.entity.ApptStatus;
import dev.odgen.samples.opendental.entity.DefCat;
import dev.odgen.samples.opendental.entity.Definition;
import dev.odgen.samples.opendental.entity.LogSources;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.entity.Permissions;
import dev.odgen.samples.opendental.entity.SecurityLog;
import dev.odgen.samples.opendental.entity.Slot;
import dev.odgen.samples.opendental.entity.WebSchedAppointment;
import dev.odgen.samples.opendental.entity.WebSchedLogType;
import dev.odgen.samples.opendental.server.AppointmentActions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * Web Sched over the schedule tables, without the eService: the open slots for a Web Sched appointment type (a
 * definition of category WebSchedNewPatApptTypes or WebSchedExistingApptTypes; its length is the pattern of the
 * appointment type of the same name, else an hour) with the practice's default provider, as {@code Slots} finds
 * them; the booking of a slot (a Scheduled appointment and its {@link WebSchedLog} entry); and the appointments
 * booked so.
 */
final class WebSchedDesk {
  private static final int DEFAULT_MINUTES = 60;
  private static final int MINUTES_PER_PATTERN_CHAR = 5;

  private final OpenDentalDaos daos;
  private final SlotFinder slotFinder;

  WebSchedDesk(OpenDentalDaos daos, SlotFinder slotFinder) {
    this.daos = daos;
    this.slotFinder = slotFinder;
  }

  List<Slot> slots(AppointmentActions.SlotsWebSchedInput input, LocalDate today) {
    if (input.defNumApptType() == null) {
      throw new BadRequestException("defNumApptType is required");
    }
    Definition type = webSchedType(input.defNumApptType());
    return slotFinder.find(new AppointmentActions.SlotsInput(input.date(), input.dateStart(), input.dateEnd(),
        minutes(type), null, null), today);
  }

  Appointment book(AppointmentActions.CreateWebSchedInput input, LocalDateTime now) {
    Patient patient = daos.patients().findById(input.patNum())
        .orElseThrow(() -> new NotFoundException("Patient not found (PatNum " + input.patNum() + ")"));
    Definition type = webSchedType(input.defNumApptType());
    if (!input.dateTimeEnd().isAfter(input.dateTimeStart())) {
      throw new BadRequestException("DateTimeEnd: must be after DateTimeStart");
    }
    if (!daos.providers().exists(input.provNum())) {
      throw new BadRequestException("ProvNum: there is no provider " + input.provNum());
    }
    if (!daos.operatories().exists(input.opNum())) {
      throw new BadRequestException("OpNum: there is no operatory " + input.opNum());
    }
    long minutes = Duration.between(input.dateTimeStart(), input.dateTimeEnd()).toMinutes();
    String pattern = "X".repeat((int) Math.max(1, minutes / MINUTES_PER_PATTERN_CHAR));
    boolean newPatient = type.category().equals(DefCat.WEB_SCHED_NEW_PAT_APPT_TYPES);
    return daos.db().inTransaction(tx -> {
      OpenDentalDaos in = daos.over(tx);
      long aptNum = in.appointments().insert(AppointmentPatch.builder().patNum(patient.patNum())
          .aptStatus(ApptStatus.SCHEDULED).pattern(pattern).provNum(input.provNum()).op(input.opNum())
          .aptDateTime(input.dateTimeStart()).clinicNum(patient.clinicNum()).isNewPatient(newPatient)
          .note("Booked through Web Sched: " + type.itemName()).build());
      in.securityLogs().insert(new SecurityLog(0, Permissions.APPOINTMENT_CREATE, 0, now, WebSchedLog.text(aptNum),
          patient.patNum(), "", newPatient ? LogSources.WEB_SCHED_NEW_PAT_APPT : LogSources.WEB_SCHED_EXISTING_PATIENT));
      return in.appointments().findById(aptNum).orElseThrow();
    });
  }

  List<WebSchedAppointment> booked(AppointmentActions.ListWebSchedInput input, LocalDateTime now) {
    LocalDate from = input.date() != null ? input.date() : input.dateStart();
    LocalDate to = input.date() != null ? input.date() : input.dateEnd();
    List<WebSchedAppointment> out = new ArrayList<>();
    for (SecurityLog log : Pages.all((o, l) ->
        daos.securityLogs().list(new SecurityLogFilter(Permissions.APPOINTMENT_CREATE), o, l))) {
      WebSchedLogType kind = WebSchedLog.type(log.logSource());
      OptionalLong aptNum = WebSchedLog.aptNum(log.logText());
      if (kind == null || aptNum.isEmpty()) {
        continue;
      }
      daos.appointments().findById(aptNum.getAsLong())
          .filter(a -> from == null || !a.aptDateTime().toLocalDate().isBefore(from))
          .filter(a -> to == null || !a.aptDateTime().toLocalDate().isAfter(to))
          .filter(a -> input.clinicNum() == null || a.clinicNum() == input.clinicNum())
          .filter(a -> input.dateTStamp() == null || !a.dateTStamp().isBefore(input.dateTStamp()))
          .ifPresent(a -> out.add(new WebSchedAppointment(a.aptNum(), a.patNum(), a.aptStatus(), a.pattern(),
              a.confirmed(), a.confirmedLabel(), a.op(), a.note(), a.provNum(), a.provAbbr(), a.provHyg(),
              a.aptDateTime(), a.nextAptNum(), a.unschedStatus(), a.unschedStatusLabel(), a.procDescript(),
              a.clinicNum(), a.isHygiene(), a.dateTStamp(), a.dateTimeArrived(), a.dateTimeSeated(),
              a.dateTimeDismissed(), a.appointmentTypeNum(), kind, now)));
    }
    out.sort(Comparator.comparing(WebSchedAppointment::aptDateTime));
    return out.stream().skip(input.page().offset()).limit(input.page().limit()).toList();
  }

  private Definition webSchedType(long defNum) {
    return daos.definitions().findById(defNum)
        .filter(d -> d.category().equals(DefCat.WEB_SCHED_NEW_PAT_APPT_TYPES)
            || d.category().equals(DefCat.WEB_SCHED_EXISTING_APPT_TYPES))
        .orElseThrow(() -> new BadRequestException("defNumApptType: " + defNum + " is not a definition of Category"
            + " WebSchedNewPatApptTypes (42) or WebSchedExistingApptTypes (51)"));
  }

  private int minutes(Definition type) {
    return Pages.all(daos.appointmentTypes()::list).stream()
        .filter(t -> t.appointmentTypeName().equalsIgnoreCase(type.itemName()))
        .map(AppointmentType::pattern).filter(p -> !p.isBlank())
        .map(p -> p.length() * MINUTES_PER_PATTERN_CHAR).findFirst().orElse(DEFAULT_MINUTES);
  }
}
