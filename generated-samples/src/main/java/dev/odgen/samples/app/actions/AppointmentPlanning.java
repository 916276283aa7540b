package dev.odgen.samples.app.actions;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.AppointmentFilter;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.ProcedureLogFilter;
import dev.odgen.samples.opendental.entity.Appointment;
import dev.odgen.samples.opendental.entity.AppointmentPatch;
import dev.odgen.samples.opendental.entity.AppointmentType;
import dev.odgen.samples.opendental.entity.ApptPriority;
import dev.odgen.samples.opendental.entity.ApptStatus;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.entity.ProcStat;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import dev.odgen.samples.opendental.entity.ProcedureLogPatch;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.StringJoiner;

/**
 * Planned appointments and the ASAP list: a planned appointment made from an appointment type or from treatment
 * planned procedures (which it then holds, through their PlannedAptNum), a planned appointment put on the schedule
 * (a new Scheduled appointment that holds the same procedures and points back through NextAptNum), and the
 * appointments marked ASAP.
 */
final class AppointmentPlanning {
  private static final String DEFAULT_PATTERN = "/XX/";

  private final OpenDentalDaos daos;

  AppointmentPlanning(OpenDentalDaos daos) {
    this.daos = daos;
  }

  List<Appointment> listAsap(Long clinicNum, Long provNum, long offset, int limit) {
    return Pages.all((o, l) -> daos.appointments().list(
            new AppointmentFilter(null, null, null, null, null, null, clinicNum, null, null), o, l)).stream()
        .filter(a -> a.priority().equals(ApptPriority.ASAP))
        .filter(a -> a.aptStatus().equals(ApptStatus.SCHEDULED) || a.aptStatus().equals(ApptStatus.UNSCHED_LIST))
        .filter(a -> provNum == null || a.provNum() == provNum || a.provHyg() == provNum)
        .skip(offset).limit(limit).toList();
  }

  Appointment createPlanned(dev.odgen.samples.opendental.server.AppointmentActions.CreatePlannedInput input) {
    Patient patient = daos.patients().findById(input.patNum())
        .orElseThrow(() -> new NotFoundException("Patient not found (PatNum " + input.patNum() + ")"));
    if (input.appointmentTypeNum() == null && input.procNums().isEmpty()) {
      throw new BadRequestException("AppointmentTypeNum or procNums is required");
    }
    AppointmentType type = null;
    if (input.appointmentTypeNum() != null && input.appointmentTypeNum() != 0) {
      type = daos.appointmentTypes().findById(input.appointmentTypeNum()).orElseThrow(() ->
          new BadRequestException("AppointmentTypeNum: there is no appointment type " + input.appointmentTypeNum()));
    }
    List<ProcedureLog> procs = new ArrayList<>();
    for (long procNum : new LinkedHashSet<>(input.procNums())) {
      ProcedureLog proc = daos.procedureLogs().findById(procNum)
          .orElseThrow(() -> new BadRequestException("procNums: there is no procedure " + procNum));
      if (proc.patNum() != input.patNum()) {
        throw new BadRequestException("procNums: procedure " + procNum + " is not patient " + input.patNum() + "'s");
      }
      if (!proc.procStatus().equals(ProcStat.TP) && !proc.procStatus().equals(ProcStat.T_PI)) {
        throw new BadRequestException("procNums: procedure " + procNum + " is not treatment planned");
      }
      procs.add(proc);
    }
    String pattern = input.pattern() != null && !input.pattern().isBlank() ? input.pattern()
        : type != null && !type.pattern().isBlank() ? type.pattern() : DEFAULT_PATTERN;
    StringJoiner descript = new StringJoiner(", ");
    procs.forEach(p -> descript.add(p.procCode()));
    long plannedCount = Pages.all((o, l) -> daos.appointments().list(
        new AppointmentFilter(input.patNum(), ApptStatus.PLANNED, null, null, null, null, null, null, null), o, l))
        .size();
    AppointmentPatch.Builder patch = AppointmentPatch.builder().patNum(input.patNum()).aptStatus(ApptStatus.PLANNED)
        .pattern(pattern)
        .provNum(input.provNum() != null && input.provNum() != 0 ? input.provNum() : patient.priProv())
        .provHyg(input.provHyg() != null ? input.provHyg() : patient.secProv())
        .clinicNum(input.clinicNum() != null ? input.clinicNum() : patient.clinicNum())
        .note(input.note() == null ? "" : input.note())
        .isHygiene(Boolean.TRUE.equals(input.isHygiene())).isNewPatient(Boolean.TRUE.equals(input.isNewPatient()))
        .priority(input.priority() == null ? ApptPriority.NORMAL : input.priority())
        .patternSecondary(input.patternSecondary() == null ? "" : input.patternSecondary())
        .appointmentTypeNum(type == null ? 0 : type.appointmentTypeNum());
    if (input.confirmed() != null) {
      patch.confirmed(input.confirmed());
    }
    return daos.db().inTransaction(tx -> {
      OpenDentalDaos in = daos.over(tx);
      long aptNum = in.appointments().insert(patch.build());
      set(tx, aptNum, "ProcDescript", descript.toString());
      set(tx, aptNum, "ItemOrderPlanned", plannedCount + 1);
      for (ProcedureLog proc : procs) {
        in.procedureLogs().update(proc.procNum(), ProcedureLogPatch.builder().plannedAptNum(aptNum).build());
      }
      return in.appointments().findById(aptNum).orElseThrow();
    });
  }

  Appointment schedulePlanned(dev.odgen.samples.opendental.server.AppointmentActions.SchedulePlannedInput input) {
    Appointment planned = daos.appointments().findById(input.aptNum())
        .orElseThrow(() -> new NotFoundException("Appointment not found (AptNum " + input.aptNum() + ")"));
    if (!planned.aptStatus().equals(ApptStatus.PLANNED)) {
      throw new BadRequestException("AptNum: appointment " + input.aptNum() + " is " + planned.aptStatus().wireName()
          + ", not Planned");
    }
    if (!daos.providers().exists(input.provNum())) {
      throw new BadRequestException("ProvNum: there is no provider " + input.provNum());
    }
    if (!daos.operatories().exists(input.op())) {
      throw new BadRequestException("Op: there is no operatory " + input.op());
    }
    AppointmentPatch.Builder patch = AppointmentPatch.builder().patNum(planned.patNum())
        .aptStatus(ApptStatus.SCHEDULED).pattern(planned.pattern()).provNum(input.provNum())
        .provHyg(planned.provHyg()).op(input.op()).aptDateTime(input.aptDateTime()).clinicNum(planned.clinicNum())
        .isHygiene(planned.isHygiene()).isNewPatient(planned.isNewPatient()).priority(planned.priority())
        .patternSecondary(planned.patternSecondary()).appointmentTypeNum(planned.appointmentTypeNum())
        .note(input.note() != null ? input.note() : planned.note());
    if (input.confirmed() != null) {
      patch.confirmed(input.confirmed());
    }
    return daos.db().inTransaction(tx -> {
      OpenDentalDaos in = daos.over(tx);
      long aptNum = in.appointments().insert(patch.build());
      set(tx, aptNum, "ProcDescript", planned.procDescript());
      set(tx, aptNum, "NextAptNum", planned.aptNum());
      for (ProcedureLog proc : Pages.all((o, l) -> in.procedureLogs().list(
          new ProcedureLogFilter(planned.patNum(), null, null, planned.aptNum(), null, null, null), o, l))) {
        in.procedureLogs().update(proc.procNum(), ProcedureLogPatch.builder().aptNum(aptNum)
            .provNum(input.provNum()).build());
      }
      return in.appointments().findById(aptNum).orElseThrow();
    });
  }

  /** Columns the appointment patch does not carry (set by the application, never by a caller). */
  private static void set(Db db, long aptNum, String column, Object value) {
    db.update("UPDATE " + db.dialect().quote("appointment") + " SET " + db.dialect().quote(column) + " = ? WHERE "
        + db.dialect().quote("AptNum") + " = ?", List.of(value, aptNum));
  }
}
