package dev.odgen.samples.app.demo;

import static dev.odgen.samples.app.records.RecordCopy.with;

import dev.odgen.samples.app.ApiKeys;
import dev.odgen.samples.app.actions.WebSchedLog;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.Appointment;
import dev.odgen.samples.opendental.entity.AppointmentType;
import dev.odgen.samples.opendental.entity.AsapComm;
import dev.odgen.samples.opendental.entity.AsapCommFKeyType;
import dev.odgen.samples.opendental.entity.AsapRSVPStatus;
import dev.odgen.samples.opendental.entity.AutoCommStatus;
import dev.odgen.samples.opendental.entity.AutoNoteControlPatch;
import dev.odgen.samples.opendental.entity.AutoNoteControlType;
import dev.odgen.samples.opendental.entity.AutoNotePatch;
import dev.odgen.samples.opendental.entity.CodeGroupPatch;
import dev.odgen.samples.opendental.entity.CommItemModeApi;
import dev.odgen.samples.opendental.entity.CommSentOrReceived;
import dev.odgen.samples.opendental.entity.CommlogPatch;
import dev.odgen.samples.opendental.entity.DefCat;
import dev.odgen.samples.opendental.entity.DefinitionPatch;
import dev.odgen.samples.opendental.entity.EServiceTypes;
import dev.odgen.samples.opendental.entity.EnumCodeGroupFixed;
import dev.odgen.samples.opendental.entity.HistAppointment;
import dev.odgen.samples.opendental.entity.HistAppointmentAction;
import dev.odgen.samples.opendental.entity.LogSources;
import dev.odgen.samples.opendental.entity.Permissions;
import dev.odgen.samples.opendental.entity.QuickPasteCat;
import dev.odgen.samples.opendental.entity.QuickPasteNote;
import dev.odgen.samples.opendental.entity.RefAttachPatch;
import dev.odgen.samples.opendental.entity.SecurityLog;
import dev.odgen.samples.opendental.entity.ReferralPatch;
import dev.odgen.samples.opendental.entity.ReferralType;
import dev.odgen.samples.opendental.entity.StatementPatch;
import dev.odgen.samples.opendental.entity.Subscription;

/**
 * What the front desk leaves behind: a confirmation call logged on Carlos Martinez's next appointment (and the
 * appointment's history entry), an ASAP offer for an opening sent to him, a crown appointment type, bitewing code
 * group, quick paste and auto notes for chart entries, Daniel Okafor's referral to an oral surgeon, a statement
 * mailed to the Martinez family and a Database Events subscription on appointments, not polled (PollingSeconds 0).
 */
final class DemoFrontDesk {
  private final OpenDentalDaos daos;
  private final DemoSummary summary;
  private final DemoCalendar calendar;

  DemoFrontDesk(OpenDentalDaos daos, DemoSummary summary, DemoCalendar calendar) {
    this.daos = daos;
    this.summary = summary;
    this.calendar = calendar;
  }

  void insert(long clinicNum) {
    long carlos = summary.carlosMartinez();
    Appointment next = daos.appointments().findById(summary.carlosNextAptNum()).orElseThrow();
    long apptRelated = daos.definitions().insert(DefinitionPatch.builder().category(DefCat.COMM_LOG_TYPES)
        .itemName("ApptRelated").itemValue("").build());
    daos.commlogs().insert(CommlogPatch.builder().patNum(carlos).commDateTime(calendar.at(calendar.daysAgo(1), 15, 18))
        .commType(apptRelated).note("Confirmed upcoming appointment.")
        .mode_(WireEnumValue.of(CommItemModeApi.class, "Phone"))
        .sentOrReceived(WireEnumValue.of(CommSentOrReceived.class, "Sent")).build());
    daos.histAppointments().insert(with(HistAppointment.defaults(),
        "histDateTStamp", calendar.at(calendar.daysAgo(14), 11, 2),
        "histApptAction", WireEnumValue.of(HistAppointmentAction.class, "Created"),
        "apptSource", WireEnumValue.of(EServiceTypes.class, "None"), "aptNum", next.aptNum(), "patNum", carlos,
        "aptStatus", next.aptStatus(), "pattern", next.pattern(), "op", next.op(), "provNum", next.provNum(),
        "aptDateTime", next.aptDateTime(), "procDescript", next.procDescript()));
    daos.asapComms().insert(with(AsapComm.defaults(), "fKey", next.aptNum(),
        "fKeyType", WireEnumValue.of(AsapCommFKeyType.class, "ScheduledAppt"), "patNum", carlos,
        "clinicNum", clinicNum, "dateTimeEntry", calendar.at(calendar.today(), 8, 30),
        "dateTimeExpire", calendar.at(calendar.today().plusDays(1), 8, 30),
        "smsSendStatus", WireEnumValue.of(AutoCommStatus.class, "SendSuccessful"),
        "dateTimeSmsSent", calendar.at(calendar.today(), 8, 31),
        "responseStatus", WireEnumValue.of(AsapRSVPStatus.class, "PendingRsvp"),
        "dateTimeOrig", next.aptDateTime(),
        "templateText", "An earlier time is open at Maple Street Dental. Reply YES to take it."));

    // Grace booked her next visit through Web Sched (read back by GET /appointments/WebSched)
    daos.securityLogs().insert(with(SecurityLog.defaults(), "permType", Permissions.APPOINTMENT_CREATE,
        "logDateTime", calendar.at(calendar.daysAgo(10), 21, 14), "logText", WebSchedLog.text(summary.graceNextAptNum()),
        "patNum", summary.graceThompson(), "logSource", LogSources.WEB_SCHED_EXISTING_PATIENT));
    daos.appointmentTypes().insert(with(AppointmentType.defaults(), "appointmentTypeName", "Crown Prep",
        "pattern", "/XXXXXX/", "codeStr", "D2740"));
    daos.codeGroups().insert(CodeGroupPatch.builder().groupName("Bitewings").procCodes("D0272")
        .codeGroupFixed(WireEnumValue.of(EnumCodeGroupFixed.class, "BW")).showInFrequency(true).build());
    long cat = daos.quickPasteCats().insert(with(QuickPasteCat.defaults(), "description", "Exam notes"));
    daos.quickPasteNotes().insert(with(QuickPasteNote.defaults(), "quickPasteCatNum", cat,
        "note", "Patient reports no changes to medical history.", "abbreviation", "nochg"));
    daos.autoNotes().insert(AutoNotePatch.builder().autoNoteName("Periodic Exam")
        .mainText("Periodic exam. Oral hygiene: [[Hygiene]].").build());
    daos.autoNoteControls().insert(AutoNoteControlPatch.builder().descript("Hygiene")
        .controlType(WireEnumValue.of(AutoNoteControlType.class, "OneResponse")).controlLabel("Oral hygiene")
        .controlOptions("Good\r\nFair\r\nPoor").build());

    long surgeon = daos.referrals().insert(ReferralPatch.builder().lName("Kim").fName("Sarah").title("DMD")
        .isDoctor(true).telephone("5035550123").address("900 Burnside").city("Portland").st("OR").zip("97204")
        .businessName("Burnside Oral Surgery").build());
    daos.refAttaches().insert(RefAttachPatch.builder().referralNum(surgeon).patNum(summary.danielOkafor())
        .refDate(calendar.daysAgo(3)).referralType(WireEnumValue.of(ReferralType.class, "RefTo"))
        .note("Evaluation of #17").provNum(summary.drNguyen()).build());
    daos.statements().insert(StatementPatch.builder().patNum(carlos).dateSent(calendar.daysAgo(5))
        .note("Thank you for choosing Maple Street Dental.").build());
    daos.subscriptions().insert(with(Subscription.defaults(), "endPointUrl", "http://127.0.0.1:9/od-events",
        "customerKey", ApiKeys.DEMO_CUSTOMER_KEY, "watchTable", "Appointment", "pollingSeconds", 0,
        "dateTimeStart", calendar.at(calendar.today(), 0, 0), "note", "demo subscription, not polled"));
  }
}
