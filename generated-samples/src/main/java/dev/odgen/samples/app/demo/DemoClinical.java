package dev.odgen.samples.app.demo;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.samples.app.notes.GroupNotes;
import dev.odgen.samples.app.records.RecordCopy;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.ProcedureLogFilter;
import dev.odgen.samples.opendental.entity.AppointmentPatch;
import dev.odgen.samples.opendental.entity.ApptFieldDefPatch;
import dev.odgen.samples.opendental.entity.ApptPriority;
import dev.odgen.samples.opendental.entity.ApptFieldPatch;
import dev.odgen.samples.opendental.entity.ApptFieldType;
import dev.odgen.samples.opendental.entity.DefCat;
import dev.odgen.samples.opendental.entity.DefinitionPatch;
import dev.odgen.samples.opendental.entity.InsVerify;
import dev.odgen.samples.opendental.entity.PatFieldDefPatch;
import dev.odgen.samples.opendental.entity.PatFieldDefType;
import dev.odgen.samples.opendental.entity.PatFieldPatch;
import dev.odgen.samples.opendental.entity.PerioExam;
import dev.odgen.samples.opendental.entity.PerioMeasure;
import dev.odgen.samples.opendental.entity.PerioMeasureSequenceType;
import dev.odgen.samples.opendental.entity.ProcNote;
import dev.odgen.samples.opendental.entity.ProcTP;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import dev.odgen.samples.opendental.entity.RecallPatch;
import dev.odgen.samples.opendental.entity.RecallPriority;
import dev.odgen.samples.opendental.entity.TreatPlan;
import dev.odgen.samples.opendental.entity.TreatPlanStatus;
import dev.odgen.samples.opendental.entity.RecallType;
import dev.odgen.samples.opendental.entity.TreatPlanAttachPatch;
import dev.odgen.samples.opendental.entity.VerifyTypes;
import dev.odgen.runtime.wire.Intervals;
import java.util.List;

/**
 * The clinical side of the demo practice (issue #14), on the Martinez family's first patient: the Prophy and Perio
 * recall types and a Prophy recall due in two weeks (and a Perio recall of Grace Thompson's), appointment and
 * patient field definitions with a value each,
 * a perio exam with probing depths on the upper teeth, a note on the first procedure, a group note over the first
 * two procedures of that visit, an active treatment plan
 * attaching that procedure, an insurance verification of the enrollment and the recall status definitions.
 */
final class DemoClinical {
  private final OpenDentalDaos daos;
  private final DemoSummary summary;
  private final DemoCalendar calendar;

  DemoClinical(OpenDentalDaos daos, DemoSummary summary, DemoCalendar calendar) {
    this.daos = daos;
    this.summary = summary;
    this.calendar = calendar;
  }

  void insert() {
    long patNum = summary.carlosMartinez();
    int sixMonths = Intervals.of(0, 6, 0, 1);
    long prophy = daos.recallTypes().insert(new RecallType(0, "Prophy", sixMonths, "/XXXX/", "D1110,D0120", false));
    int fourMonths = Intervals.of(0, 4, 0, 0);
    long perio = daos.recallTypes().insert(new RecallType(0, "Perio", fourMonths, "/XXXXXX/", "D4910", false));
    daos.recalls().insert(RecallPatch.builder().patNum(summary.graceThompson()).recallTypeNum(perio)
        .recallInterval(fourMonths).dateDue(calendar.today().plusDays(20)).priority(RecallPriority.ASAP).build());
    // Grace would come in earlier if a time opens: her next appointment is on the ASAP list
    daos.appointments().update(summary.graceNextAptNum(), AppointmentPatch.builder().priority(ApptPriority.ASAP)
        .build());
    daos.recalls().insert(RecallPatch.builder().patNum(patNum).recallTypeNum(prophy).recallInterval(sixMonths)
        .dateDue(calendar.today().plusDays(14)).note("Prefers mornings").build());

    daos.apptFieldDefs().insert(ApptFieldDefPatch.builder().fieldName("Ins Verified").fieldType(ApptFieldType.TEXT)
        .build());
    daos.apptFields().insert(ApptFieldPatch.builder().aptNum(summary.carlosNextAptNum()).fieldName("Ins Verified")
        .fieldValue("Yes").build());
    daos.patFieldDefs().insert(PatFieldDefPatch.builder().fieldName("Ins Verified").fieldType(PatFieldDefType.TEXT)
        .build());
    daos.patFieldDefs().insert(PatFieldDefPatch.builder().fieldName("Deposit").fieldType(PatFieldDefType.TEXT)
        .build());
    daos.patFields().insert(PatFieldPatch.builder().patNum(patNum).fieldName("Ins Verified").fieldValue("Yes")
        .build());

    long exam = daos.perioExams().insert(new PerioExam(0, patNum, calendar.daysAgo(30), summary.drNguyen(),
        calendar.at(calendar.daysAgo(30), 9, 40), "Localized bleeding upper right"));
    for (int tooth = 1; tooth <= 16; tooth++) {
      int deep = tooth <= 3 ? 1 : 0;
      daos.perioMeasures().insert(new PerioMeasure(0, exam, PerioMeasureSequenceType.PROBING, tooth, -1,
          3 + deep, 2, 3 + deep, 3, 2, 3, null));
    }

    long procNum = firstProcedure(patNum);
    daos.procNotes().insert(new ProcNote(0, patNum, procNum, calendar.at(calendar.daysAgo(30), 10, 5), 0,
        "Pt tolerated procedure well.", false, "", null));
    groupNote(patNum, proc(procNum));
    long plan = daos.treatPlans().insert(RecordCopy.with(TreatPlan.defaults(), "patNum", patNum,
        "dateTP", calendar.daysAgo(30), "heading", "Active Treatment Plan",
        "note", "Estimates only; insurance may pay differently.", "tpStatus", TreatPlanStatus.ACTIVE));
    daos.treatPlanAttaches().insert(TreatPlanAttachPatch.builder().treatPlanNum(plan).procNum(procNum).build());
    // the plan as presented last month, saved: its procedures are copied into proctp rows
    long saved = daos.treatPlans().insert(RecordCopy.with(TreatPlan.defaults(), "patNum", patNum,
        "dateTP", calendar.daysAgo(30), "heading", "Presented Plan", "note", "Estimates only.",
        "tpStatus", TreatPlanStatus.SAVED));
    ProcedureLog proc = proc(procNum);
    daos.procTPs().insert(RecordCopy.with(ProcTP.defaults(), "treatPlanNum", saved, "patNum", patNum,
        "procNumOrig", procNum, "itemOrder", 1, "procCode", proc.procCode(), "descript", proc.descript(),
        "feeAmt", proc.procFee(), "patAmt", proc.procFee(), "provNum", proc.provNum(), "dateTP", calendar.daysAgo(30),
        "procAbbr", proc.procCode(), "toothNumTP", proc.toothNum(), "surf", proc.surf()));

    daos.definitions().insert(DefinitionPatch.builder().category(DefCat.WEB_SCHED_NEW_PAT_APPT_TYPES)
        .itemName("New Patient Exam").itemValue("").build());
    daos.definitions().insert(DefinitionPatch.builder().category(DefCat.WEB_SCHED_EXISTING_APPT_TYPES)
        .itemName("Cleaning").itemValue("").build());
    long verified = daos.definitions().insert(DefinitionPatch.builder()
        .category(DefCat.INSURANCE_VERIFICATION_STATUS).itemName("Verified").itemValue("").build());
    long patPlan = firstPatPlan(patNum);
    InsVerify blank = InsVerify.defaults();
    daos.insVerifies().insert(new InsVerify(0, calendar.daysAgo(2), blank.userNum(), VerifyTypes.PATIENT_ENROLLMENT,
        patPlan, verified, "Eligibility confirmed by phone", blank.dateLastAssigned(), blank.secDateTEdit()));
  }

  /** One group note over the first two procedures of the visit of {@code first} (same date, clinic, provider). */
  private void groupNote(long patNum, ProcedureLog first) {
    List<Long> visit = daos.procedureLogs().list(new ProcedureLogFilter(patNum, first.aptNum(), null, null, null,
        null, null), 0, 2).stream().map(ProcedureLog::procNum).toList();
    new GroupNotes(daos).add(patNum, visit, first.provNum(), "Medical: no changes\r\nPt concerns: none",
        calendar.at(first.procDate(), 11, 0));
  }

  private ProcedureLog proc(long procNum) {
    return daos.procedureLogs().findById(procNum).orElseThrow();
  }

  private long firstProcedure(long patNum) {
    return first("SELECT %s FROM %s WHERE %s = ? ORDER BY %s", "ProcNum", "procedurelog", patNum);
  }

  private long firstPatPlan(long patNum) {
    return first("SELECT %s FROM %s WHERE %s = ? ORDER BY %s", "PatPlanNum", "patplan", patNum);
  }

  private long first(String template, String id, String table, long patNum) {
    Db db = daos.db();
    String sql = String.format(template, db.dialect().quote(id), db.dialect().quote(table),
        db.dialect().quote("PatNum"), db.dialect().quote(id));
    List<Long> ids = db.query(sql, List.of(patNum), rs -> rs.getLong(1));
    if (ids.isEmpty()) {
      throw new IllegalStateException("the demo patient " + patNum + " has no row in " + table);
    }
    return ids.get(0);
  }
}
