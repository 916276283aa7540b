package dev.odgen.samples.app.actions;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.AppointmentFilter;
import dev.odgen.samples.opendental.dao.CommlogFilter;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.PatPlanFilter;
import dev.odgen.samples.opendental.dao.ProcedureLogFilter;
import dev.odgen.samples.opendental.entity.Appointment;
import dev.odgen.samples.opendental.entity.ApptStatus;
import dev.odgen.samples.opendental.entity.PatPlan;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.entity.PatientInfoRow;
import dev.odgen.samples.opendental.entity.PlannedAppt;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import dev.odgen.samples.opendental.entity.ProgNote;
import dev.odgen.samples.opendental.entity.Provider;
import dev.odgen.samples.opendental.server.ChartModuleActions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Chart module's read models of one patient: the progress notes (appointments, procedures and commlogs by
 * date, as the module's grid writes them: text columns), the patient information grid, and the planned
 * appointments in their order with the date each was scheduled on.
 */
public final class ChartModule implements ChartModuleActions {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.US);
  private static final LocalDateTime NEVER = LocalDateTime.of(1, 1, 1, 0, 0);

  private final OpenDentalDaos daos;

  public ChartModule(OpenDentalDaos daos) {
    this.daos = daos;
  }

  @Override
  public List<ProgNote> progNotes(ProgNotesInput input, ApiRequest request) {
    patient(input.patNum());
    List<Dated> rows = new ArrayList<>();
    for (Appointment apt : appointments(input.patNum())) {
      if (apt.aptStatus().equals(ApptStatus.PLANNED) || apt.aptStatus().equals(ApptStatus.UNSCHED_LIST)
          || !KnownDates.known(apt.aptDateTime())) {
        continue;
      }
      rows.add(new Dated(apt.aptDateTime(), new ProgNote("Appointment", Long.toString(apt.aptNum()),
          date(apt.aptDateTime()), time(apt.aptDateTime()), dateTime(apt.aptDateTime()), "", "", "",
          "Appointment - " + apt.aptDateTime().format(DateTimeFormatter.ofPattern("h:mm a", Locale.US)) + " "
              + apt.procDescript(), apt.note(), apt.aptStatus().wireName(), apt.provAbbr(), Long.toString(apt.provNum()),
          "", "", "", "", (apt.pattern().length() * 5 / 60) + ":" + String.format("%02d", apt.pattern().length() * 5 % 60),
          "", "", Long.toString(apt.clinicNum()))));
    }
    for (ProcedureLog proc : procedures(input.patNum())) {
      if (proc.procStatus().wireName().equals("D") || !KnownDates.known(proc.procDate())) {
        continue;
      }
      LocalDateTime at = proc.procDate().atStartOfDay();
      rows.add(new Dated(at, new ProgNote("Procedure", Long.toString(proc.procNum()), date(at), "", dateTime(at),
          proc.toothNum(), proc.surf(), proc.dxName(), proc.descript(), "", proc.procStatus().wireName(),
          proc.provAbbr(), Long.toString(proc.provNum()), proc.procFee().setScale(2).toPlainString(), proc.procCode(),
          "", "", "", proc.procCode(), "", Long.toString(proc.clinicNum()))));
    }
    Pages.all((offset, limit) -> daos.commlogs().list(new CommlogFilter(input.patNum(), null), offset, limit))
        .stream().filter(log -> KnownDates.known(log.commDateTime())).forEach(log -> rows.add(new Dated(log.commDateTime(), new ProgNote("Commlog", Long.toString(log.commlogNum()),
            date(log.commDateTime()), time(log.commDateTime()), dateTime(log.commDateTime()), "", "", "",
            "Comm - " + log.commTypeLabel(), log.note(), "", "", "", "", "", "", "", "", "", "", "0"))));
    rows.sort(Comparator.comparing(Dated::at));
    return rows.stream().skip(input.page().offset()).limit(input.page().limit()).map(Dated::note).toList();
  }

  @Override
  public List<PatientInfoRow> patientInfo(PatientInfoInput input, ApiRequest request) {
    Patient patient = patient(input.patNum());
    List<PatientInfoRow> rows = new ArrayList<>();
    rows.add(new PatientInfoRow("Age", !KnownDates.known(patient.birthdate()) ? ""
        : Integer.toString(Period.between(patient.birthdate(), LocalDate.now()).getYears())));
    rows.add(new PatientInfoRow("Billing Type", patient.billingType()));
    rows.add(new PatientInfoRow("Date First Visit", !KnownDates.known(patient.dateFirstVisit()) ? ""
        : patient.dateFirstVisit().format(DATE)));
    rows.add(new PatientInfoRow("Prov. (Pri, Sec)", providerAbbr(patient.priProv())
        + (patient.secProv() == 0 ? "" : ", " + providerAbbr(patient.secProv()))));
    List<PatPlan> plans = Pages.all((offset, limit) ->
        daos.patPlans().list(new PatPlanFilter(input.patNum(), null), offset, limit));
    rows.add(new PatientInfoRow("Pri Ins", carrierOf(plans, 1)));
    rows.add(new PatientInfoRow("Sec Ins", carrierOf(plans, 2)));
    return rows;
  }

  @Override
  public List<PlannedAppt> plannedAppts(PlannedApptsInput input, ApiRequest request) {
    patient(input.patNum());
    List<Appointment> all = appointments(input.patNum());
    List<Appointment> planned = all.stream().filter(a -> a.aptStatus().equals(ApptStatus.PLANNED))
        .sorted(Comparator.comparingInt(Appointment::itemOrderPlanned).thenComparingLong(Appointment::aptNum))
        .toList();
    List<PlannedAppt> out = new ArrayList<>();
    int order = 0;
    for (Appointment apt : planned) {
      order++;
      Optional<Appointment> scheduled = all.stream().filter(a -> a.nextAptNum() == apt.aptNum()).findFirst();
      out.add(new PlannedAppt(Long.toString(apt.aptNum()), Long.toString(apt.provNum()), Integer.toString(order),
          Integer.toString(apt.pattern().length() * 5), apt.procDescript(), apt.note(),
          scheduled.map(Appointment::aptDateTime).filter(KnownDates::known).orElse(NEVER),
          scheduled.map(Appointment::aptStatus).orElse(ApptStatus.PLANNED)));
    }
    return out;
  }

  private Patient patient(long patNum) {
    return daos.patients().findById(patNum)
        .orElseThrow(() -> new NotFoundException("Patient not found (PatNum " + patNum + ")"));
  }

  private List<Appointment> appointments(long patNum) {
    return Pages.all((offset, limit) -> daos.appointments().list(
        new AppointmentFilter(patNum, null, null, null, null, null, null, null, null), offset, limit));
  }

  private List<ProcedureLog> procedures(long patNum) {
    return Pages.all((offset, limit) -> daos.procedureLogs().list(
        new ProcedureLogFilter(patNum, null, null, null, null, null, null), offset, limit));
  }

  private String providerAbbr(long provNum) {
    return daos.providers().findById(provNum).map(Provider::abbr).orElse("");
  }

  private String carrierOf(List<PatPlan> plans, int ordinal) {
    return plans.stream().filter(p -> p.ordinal() == ordinal).findFirst()
        .flatMap(p -> daos.insSubs().findById(p.insSubNum()))
        .flatMap(sub -> daos.insPlans().findById(sub.planNum()))
        .flatMap(plan -> daos.carriers().findById(plan.carrierNum()))
        .map(c -> c.carrierName()).orElse("");
  }

  private static String date(LocalDateTime at) {
    return at.format(DATE);
  }

  private static String time(LocalDateTime at) {
    return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? ""
        : at.format(TIME).toLowerCase(Locale.US).replace("am", "a").replace("pm", "p");
  }

  private static String dateTime(LocalDateTime at) {
    return at.format(DATE_TIME);
  }

  private record Dated(LocalDateTime at, ProgNote note) {}
}
