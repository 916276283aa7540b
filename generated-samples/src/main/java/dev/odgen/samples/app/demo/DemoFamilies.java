package dev.odgen.samples.app.demo;

import dev.odgen.samples.app.demo.DemoAccounts.Coverage;
import dev.odgen.samples.app.demo.DemoAccounts.Covered;
import dev.odgen.samples.app.demo.DemoAccounts.Proc;
import dev.odgen.samples.app.records.RecordCopy;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.Appointment;
import dev.odgen.samples.opendental.entity.AppointmentPatch;
import dev.odgen.samples.opendental.entity.ApptStatus;
import dev.odgen.samples.opendental.entity.ContactMethod;
import dev.odgen.samples.opendental.entity.InsSubPatch;
import dev.odgen.samples.opendental.entity.PatPlanPatch;
import dev.odgen.samples.opendental.entity.PatientGender;
import dev.odgen.samples.opendental.entity.PatientPatch;
import dev.odgen.samples.opendental.entity.PatientPosition;
import dev.odgen.samples.opendental.entity.PatientStatus;
import dev.odgen.samples.opendental.entity.ProcStat;
import dev.odgen.samples.opendental.entity.ProcedureLogPatch;
import dev.odgen.samples.opendental.entity.Relat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The patients of the demo practice, in families, with their insurance, appointments (complete, scheduled,
 * broken, planned, unscheduled), procedures, claims, payments and adjustments. Amounts are chosen so every
 * aging bucket and every Insurance History answer ("No History", "Not Set", a date) shows up somewhere.
 */
final class DemoFamilies {
  private final OpenDentalDaos daos;
  private final Practice practice;
  private final DemoCalendar cal;
  private final DemoAccounts accounts;
  private int patients;
  private int appointments;
  private int procedures;

  DemoFamilies(OpenDentalDaos daos, Practice practice, DemoCalendar calendar) {
    this.daos = daos;
    this.practice = practice;
    this.cal = calendar;
    this.accounts = new DemoAccounts(daos);
  }

  DemoSummary insert() {
    Martinez martinez = martinez();
    Thompson thompson = thompson();
    long daniel = okafor();
    long henrik = larsen();
    patient(new Address("77 Elm Court", "Springfield", "OR", "97477", "(541)555-0107"), "Walter", "Briggs",
        PatientGender.MALE, PatientPosition.SINGLE, LocalDate.of(1945, 4, 1), 0, PatientStatus.INACTIVE);
    patient(new Address("5 Cedar Row", "Eugene", "OR", "97401", "(541)555-0175"), "Nora", "Patel",
        PatientGender.FEMALE, PatientPosition.SINGLE, LocalDate.of(1995, 12, 12), 0, PatientStatus.PROSPECTIVE);
    return new DemoSummary(patients, appointments, procedures, practice.drNguyen(), practice.operatory1(),
        martinez.carlos(), martinez.insSubNum(), martinez.nextAptNum(), thompson.grace(), thompson.insSubNum(),
        thompson.nextAptNum(), daniel, henrik, cal.businessDaysAhead(1),
        cal.businessDaysAhead(DemoSchedules.STAFF_MEETING_BUSINESS_DAY));
  }

  private record Martinez(long carlos, long insSubNum, long nextAptNum) {
  }

  private record Thompson(long grace, long insSubNum, long nextAptNum) {
  }

  private record Address(String street, String city, String state, String zip, String phone) {
  }

  /** Insured family of four; the crown is still waiting for the carrier, so the family has an insurance estimate. */
  private Martinez martinez() {
    Address home = new Address("412 Birch Lane", "Springfield", "OR", "97477", "(541)555-0132");
    long carlos = patient(home, "Carlos", "Martinez", PatientGender.MALE, PatientPosition.MARRIED,
        LocalDate.of(1979, 3, 14), 0, PatientStatus.PATIENT);
    long elena = patient(home, "Elena", "Martinez", PatientGender.FEMALE, PatientPosition.MARRIED,
        LocalDate.of(1981, 7, 2), carlos, PatientStatus.PATIENT);
    long sofia = patient(home, "Sofia", "Martinez", PatientGender.FEMALE, PatientPosition.CHILD,
        LocalDate.of(2012, 9, 20), carlos, PatientStatus.PATIENT);
    long mateo = patient(home, "Mateo", "Martinez", PatientGender.MALE, PatientPosition.CHILD,
        LocalDate.of(2016, 1, 11), carlos, PatientStatus.PATIENT);
    daos.patients().update(carlos, PatientPatch.builder().employerNum(practice.employer()).build());
    long insSub = daos.insSubs().insert(InsSubPatch.builder().planNum(practice.bluebirdPlan()).subscriber(carlos)
        .dateEffective(LocalDate.of(2019, 1, 1)).subscriberID("BLB448812").releaseInfo(true).assignBen(true).build());
    Coverage carlosIns = cover(carlos, practice.bluebirdPlan(), insSub, Relat.SELF, "BLB448812");
    Coverage elenaIns = cover(elena, practice.bluebirdPlan(), insSub, Relat.SPOUSE, "BLB448812-01");
    Coverage sofiaIns = cover(sofia, practice.bluebirdPlan(), insSub, Relat.CHILD, "BLB448812-02");
    Coverage mateoIns = cover(mateo, practice.bluebirdPlan(), insSub, Relat.CHILD, "BLB448812-03");
    long dr = practice.drNguyen();

    long visit = done(carlos, cal.daysAgo(200), 9, 0, practice.operatory1(), dr, "/XXXXXX/", "PerEx, 4BW, Pro");
    accounts.claim(carlosIns, cal.daysAgo(198), cal.daysAgo(180), List.of(
        new Covered(proc(carlos, visit, dr, "D0120", cal.daysAgo(200), "", ""), 100),
        new Covered(proc(carlos, visit, dr, "D0274", cal.daysAgo(200), "", ""), 100),
        new Covered(proc(carlos, visit, dr, "D1110", cal.daysAgo(200), "", ""), 100)));
    visit = done(carlos, cal.daysAgo(120), 10, 0, practice.operatory1(), dr, "/XXXX/", "C2");
    accounts.claim(carlosIns, cal.daysAgo(118), cal.daysAgo(100), List.of(
        new Covered(proc(carlos, visit, dr, "D2392", cal.daysAgo(120), "30", "MO"), 80)));
    accounts.payment(carlos, dr, "42.00", cal.daysAgo(100), practice.checkPayment(), "Patient portion, filling #30");
    long buildUp = done(carlos, cal.daysAgo(45), 9, 0, practice.operatory1(), dr, "/XXX/", "BU");
    long crown = done(carlos, cal.daysAgo(40), 9, 0, practice.operatory1(), dr, "/XXXXXXXX/", "CrnCer");
    accounts.claim(carlosIns, cal.daysAgo(38), null, List.of(
        new Covered(proc(carlos, buildUp, dr, "D2950", cal.daysAgo(45), "30", ""), 50),
        new Covered(proc(carlos, crown, dr, "D2740", cal.daysAgo(40), "30", ""), 50)));
    accounts.payment(carlos, dr, "300.00", cal.daysAgo(40), practice.cardPayment(), "Crown deposit");
    long next = appointment(carlos, ApptStatus.SCHEDULED, cal.at(cal.businessDaysAhead(1), 10, 0),
        practice.operatory1(), dr, 0, "//XX//", "Crown check", "Not Called", false);

    visit = hygiene(elena, cal.daysAgo(75), 8, 0, ApptStatus.COMPLETE, "/XXXXXX/", "PerEx, Pro, 2BW", "Arrived");
    accounts.claim(elenaIns, cal.daysAgo(74), cal.daysAgo(60), List.of(
        new Covered(proc(elena, visit, dr, "D0120", cal.daysAgo(75), "", ""), 100),
        new Covered(proc(elena, visit, practice.hygienistOrtiz(), "D1110", cal.daysAgo(75), "", ""), 100),
        new Covered(proc(elena, visit, dr, "D0272", cal.daysAgo(75), "", ""), 100)));
    visit = done(elena, cal.daysAgo(10), 11, 0, practice.operatory1(), dr, "/XXX/", "C1");
    accounts.claim(elenaIns, cal.daysAgo(9), null, List.of(
        new Covered(proc(elena, visit, dr, "D2391", cal.daysAgo(10), "12", "O"), 80)));

    visit = hygiene(sofia, cal.daysAgo(75), 9, 0, ApptStatus.COMPLETE, "/XXXXXX/", "ProCh, Flo, Seal, Seal",
        "Arrived");
    long hyg = practice.hygienistOrtiz();
    accounts.claim(sofiaIns, cal.daysAgo(74), cal.daysAgo(60), List.of(
        new Covered(proc(sofia, visit, hyg, "D1120", cal.daysAgo(75), "", ""), 100),
        new Covered(proc(sofia, visit, hyg, "D1206", cal.daysAgo(75), "", ""), 100),
        new Covered(proc(sofia, visit, hyg, "D1351", cal.daysAgo(75), "3", ""), 100),
        new Covered(proc(sofia, visit, hyg, "D1351", cal.daysAgo(75), "14", ""), 100)));
    hygiene(sofia, cal.businessDaysAhead(1), 15, 0, ApptStatus.SCHEDULED, "/XXXX/", "ProCh", "Texted");

    visit = hygiene(mateo, cal.daysAgo(20), 9, 0, ApptStatus.COMPLETE, "/XXXX/", "PerEx, ProCh", "Arrived");
    accounts.claim(mateoIns, cal.daysAgo(19), cal.daysAgo(5), List.of(
        new Covered(proc(mateo, visit, dr, "D0120", cal.daysAgo(20), "", ""), 100),
        new Covered(proc(mateo, visit, hyg, "D1120", cal.daysAgo(20), "", ""), 100)));
    hygiene(mateo, cal.businessDaysAhead(1), 15, 30, ApptStatus.SCHEDULED, "/XXXX/", "ProCh", "Texted");
    return new Martinez(carlos, insSub, next);
  }

  /** Perio patient on the Summit plan: a senior discount, and balances in the 0-30 and 61-90 buckets. */
  private Thompson thompson() {
    Address home = new Address("2201 River Road", "Eugene", "OR", "97404", "(541)555-0161");
    long grace = patient(home, "Grace", "Thompson", PatientGender.FEMALE, PatientPosition.WIDOWED,
        LocalDate.of(1952, 11, 30), 0, PatientStatus.PATIENT);
    long insSub = daos.insSubs().insert(InsSubPatch.builder().planNum(practice.summitPlan()).subscriber(grace)
        .dateEffective(LocalDate.of(2017, 7, 1)).subscriberID("SMD-90210").releaseInfo(true).assignBen(true).build());
    Coverage ins = cover(grace, practice.summitPlan(), insSub, Relat.SELF, "SMD-90210");
    long dr = practice.drBell();
    long visit = done(grace, cal.daysAgo(150), 8, 0, practice.operatory2(), dr, "/XXXXXXXXXX/", "SRP, SRP");
    accounts.claim(ins, cal.daysAgo(149), cal.daysAgo(130), List.of(
        new Covered(proc(grace, visit, dr, "D4341", cal.daysAgo(150), "", "UR"), 80),
        new Covered(proc(grace, visit, dr, "D4341", cal.daysAgo(150), "", "UL"), 80)));
    accounts.adjustment(grace, dr, "-20.00", cal.daysAgo(100), practice.discountAdjustment(), "Senior discount");
    visit = hygiene(grace, cal.daysAgo(70), 10, 0, ApptStatus.COMPLETE, "/XXXXX/", "PerMnt", "Arrived");
    accounts.claim(ins, cal.daysAgo(69), cal.daysAgo(55), List.of(
        new Covered(proc(grace, visit, practice.hygienistOrtiz(), "D4910", cal.daysAgo(70), "", ""), 80)));
    visit = done(grace, cal.daysAgo(5), 9, 0, practice.operatory2(), dr, "/XX/", "PerEx, 4BW");
    accounts.claim(ins, cal.daysAgo(4), null, List.of(
        new Covered(proc(grace, visit, dr, "D0120", cal.daysAgo(5), "", ""), 100),
        new Covered(proc(grace, visit, dr, "D0274", cal.daysAgo(5), "", ""), 100)));
    long next = appointment(grace, ApptStatus.SCHEDULED, cal.at(cal.businessDaysAhead(2), 9, 0),
        practice.operatory2(), dr, 0, "/XXXXXX/", "Perio re-evaluation", "Unconfirmed", false);
    return new Thompson(grace, insSub, next);
  }

  /** Uninsured couple: an old unpaid extraction (over 90 days), a missed appointment, planned and unscheduled work. */
  private long okafor() {
    Address home = new Address("18 Harbor View", "Springfield", "OR", "97478", "(541)555-0188");
    long daniel = patient(home, "Daniel", "Okafor", PatientGender.MALE, PatientPosition.MARRIED,
        LocalDate.of(1987, 5, 5), 0, PatientStatus.PATIENT);
    long priya = patient(home, "Priya", "Okafor", PatientGender.FEMALE, PatientPosition.MARRIED,
        LocalDate.of(1989, 2, 17), daniel, PatientStatus.PATIENT);
    long dr = practice.drNguyen();
    long visit = done(daniel, cal.daysAgo(130), 8, 0, practice.operatory1(), dr, "/XXXXXXX/", "CompEx, FMX, Ext");
    proc(daniel, visit, dr, "D0150", cal.daysAgo(130), "", "");
    proc(daniel, visit, dr, "D0210", cal.daysAgo(130), "", "");
    proc(daniel, visit, dr, "D7140", cal.daysAgo(130), "1", "");
    accounts.payment(daniel, dr, "100.00", cal.daysAgo(125), practice.checkPayment(), "Partial payment");
    long missed = appointment(daniel, ApptStatus.BROKEN, cal.at(cal.daysAgo(60), 14, 0), practice.operatory1(), dr,
        0, "/XXXX/", "", "Not Called", false);
    proc(daniel, missed, dr, "D9986", cal.daysAgo(60), "", "");
    accounts.adjustment(daniel, dr, "12.50", cal.daysAgo(35), practice.financeChargeAdjustment(),
        "Finance charge on balance over 90 days");
    long planned = appointment(daniel, ApptStatus.PLANNED, null, 0, dr, 0, "/XXXXXXXX/", "CrnCer", "Not Called",
        false);
    Proc plannedCrown = accounts.procedure(daniel, 0, dr, practice.code("D2740"), "D2740", cal.today(), ProcStat.TP,
        "19", "");
    daos.procedureLogs().update(plannedCrown.procNum(), ProcedureLogPatch.builder().plannedAptNum(planned).build());
    procedures++;
    procedures++;

    visit = done(priya, cal.daysAgo(50), 10, 0, practice.operatory1(), dr, "/XX/", "LimEx, 2BW");
    proc(priya, visit, dr, "D0140", cal.daysAgo(50), "", "");
    proc(priya, visit, dr, "D0272", cal.daysAgo(50), "", "");
    appointment(priya, ApptStatus.UNSCHED_LIST, cal.at(cal.daysAgo(30), 14, 0), 0, dr, 0, "/XXXX/",
        "Wants a Friday afternoon", "Not Called", false);
    return daniel;
  }

  /** New patient who paid ahead: unearned money, no charges yet, first visit on the next weekday. */
  private long larsen() {
    Address home = new Address("940 Willow Street", "Eugene", "OR", "97402", "(541)555-0123");
    long henrik = patient(home, "Henrik", "Larsen", PatientGender.MALE, PatientPosition.SINGLE,
        LocalDate.of(2000, 8, 8), 0, PatientStatus.PATIENT);
    accounts.prepayment(henrik, practice.drNguyen(), "200.00", cal.daysAgo(3), practice.cardPayment(),
        practice.prepaymentUnearned());
    appointment(henrik, ApptStatus.SCHEDULED, cal.at(cal.businessDaysAhead(1), 8, 0), practice.operatory1(),
        practice.drNguyen(), 0, "/XXXXXXXXXX/", "New patient: comprehensive exam and x-rays", "Confirmed", true);
    return henrik;
  }

  private long patient(Address home, String first, String last, PatientGender gender, PatientPosition position,
      LocalDate birthdate, long guarantor, PatientStatus status) {
    long patNum = daos.patients().insert(PatientPatch.builder()
        .fName(first).lName(last).gender(gender).position(position).birthdate(birthdate).patStatus(status)
        .address(home.street()).city(home.city()).state(home.state()).zip(home.zip()).hmPhone(home.phone())
        .email(first.toLowerCase() + "." + last.toLowerCase() + "@example.com")
        .priProv(practice.drNguyen()).secProv(practice.hygienistOrtiz()).feeSched(practice.standardFees())
        .preferConfirmMethod(ContactMethod.TEXT_MESSAGE)
        .billingType("Standard Account") // a name: the DAO looks up its DefNum
        .build());
    // a guarantor is its own guarantor, which needs its key first
    daos.patients().update(patNum, PatientPatch.builder().guarantor(guarantor == 0 ? patNum : guarantor).build());
    patients++;
    return patNum;
  }

  private Coverage cover(long patNum, long planNum, long insSubNum, Relat relationship, String patId) {
    daos.patPlans().insert(PatPlanPatch.builder()
        .patNum(patNum).ordinal(1).relationship(relationship).insSubNum(insSubNum).patID(patId).build());
    return new Coverage(patNum, planNum, insSubNum, relationship);
  }

  private long done(long patNum, LocalDate day, int hour, int minute, long op, long provNum, String pattern,
      String procDescript) {
    return appointment(patNum, ApptStatus.COMPLETE, cal.at(day, hour, minute), op, provNum, 0, pattern,
        procDescript, "Arrived", false);
  }

  private long hygiene(long patNum, LocalDate day, int hour, int minute, ApptStatus status, String pattern,
      String procDescript, String confirmStatus) {
    long aptNum = daos.appointments().insert(RecordCopy.with(AppointmentPatch.builder()
        .patNum(patNum).aptStatus(status).aptDateTime(cal.at(day, hour, minute)).op(practice.hygieneOperatory())
        .provNum(practice.drNguyen()).provHyg(practice.hygienistOrtiz()).isHygiene(true).pattern(pattern)
        .confirmed(practice.confirmStatus(confirmStatus)).build().applyTo(Appointment.defaults()),
        "procDescript", procDescript));
    appointments++;
    return aptNum;
  }

  private long appointment(long patNum, ApptStatus status, LocalDateTime when, long op, long provNum, long provHyg,
      String pattern, String noteOrDescript, String confirmStatus, boolean newPatient) {
    boolean described = status == ApptStatus.COMPLETE || status == ApptStatus.PLANNED;
    long aptNum = daos.appointments().insert(RecordCopy.with(AppointmentPatch.builder()
        .patNum(patNum).aptStatus(status).aptDateTime(when).op(op).provNum(provNum).provHyg(provHyg)
        .pattern(pattern).confirmed(practice.confirmStatus(confirmStatus)).isNewPatient(newPatient)
        .note(described ? "" : noteOrDescript).build().applyTo(Appointment.defaults()),
        "procDescript", described ? noteOrDescript : ""));
    appointments++;
    return aptNum;
  }

  /** A completed procedure at the standard fee. */
  private Proc proc(long patNum, long aptNum, long provNum, String code, LocalDate date, String tooth, String surf) {
    procedures++;
    return accounts.procedure(patNum, aptNum, provNum, practice.code(code), code, date, ProcStat.C, tooth, surf);
  }
}
