package dev.odgen.samples.app.demo;

import static dev.odgen.samples.app.records.RecordCopy.with;

import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.ClinicPatch;
import dev.odgen.samples.opendental.entity.ClockEvent;
import dev.odgen.samples.opendental.entity.Computer;
import dev.odgen.samples.opendental.entity.Employee;
import dev.odgen.samples.opendental.entity.InvalidType;
import dev.odgen.samples.opendental.entity.KeyType;
import dev.odgen.samples.opendental.entity.LogSources;
import dev.odgen.samples.opendental.entity.Permissions;
import dev.odgen.samples.opendental.entity.SecurityLog;
import dev.odgen.samples.opendental.entity.Signalod;
import dev.odgen.samples.opendental.entity.TimeClockStatus;
import dev.odgen.samples.opendental.entity.UserGroup;
import dev.odgen.samples.opendental.entity.UserGroupAttach;
import dev.odgen.samples.opendental.entity.UserodPatch;

/**
 * The people and machines of the office: the practice's one clinic, the front desk employee Maria Lopez clocked in
 * this morning at the front desk computer, her user in the Front Desk group and the provider user of Dr. Nguyen in
 * Admin, a security log entry of Maria opening Carlos Martinez's chart, and a signal that the appointment book
 * changed.
 */
final class DemoStaff {
  private final OpenDentalDaos daos;
  private final DemoSummary summary;
  private final DemoCalendar calendar;

  DemoStaff(OpenDentalDaos daos, DemoSummary summary, DemoCalendar calendar) {
    this.daos = daos;
    this.summary = summary;
    this.calendar = calendar;
  }

  /** The clinic, and the front desk user (tasks and notes are hers). */
  record Staff(long clinicNum, long frontDeskUser) {}

  Staff insert() {
    long clinic = daos.clinics().insert(ClinicPatch.builder().description("Maple Street Dental").abbr("Maple")
        .phone("5035550100").billingAddress("120 Maple Street").billingCity("Portland").billingState("OR")
        .billingZip("97201").build());
    long maria = daos.employees().insert(with(Employee.defaults(), "lName", "Lopez", "fName", "Maria",
        "wirelessPhone", "(503)555-0161", "emailWork", "maria@maplestreetdental.example"));
    daos.clockEvents().insert(with(ClockEvent.defaults(), "employeeNum", maria,
        "timeEntered1", calendar.at(calendar.today(), 7, 55), "timeDisplayed1", calendar.at(calendar.today(), 8, 0),
        "clockStatus", WireEnumValue.of(TimeClockStatus.class, "Home")));
    daos.computers().insert(with(Computer.defaults(), "compName", "FRONTDESK",
        "lastHeartBeat", calendar.at(calendar.today(), 8, 0)));

    long frontDesk = daos.userGroups().insert(with(UserGroup.defaults(), "description", "Front Desk"));
    long admin = daos.userGroups().insert(with(UserGroup.defaults(), "description", "Admin"));
    long mariaUser = daos.userods().insert(UserodPatch.builder().userName("maria").employeeNum(maria)
        .userGroupNum(frontDesk).password("").build());
    long doctorUser = daos.userods().insert(UserodPatch.builder().userName("anguyen")
        .providerNum(summary.drNguyen()).userGroupNum(admin).password("").build());
    daos.userGroupAttaches().insert(with(UserGroupAttach.defaults(), "userNum", mariaUser, "userGroupNum", frontDesk));
    daos.userGroupAttaches().insert(with(UserGroupAttach.defaults(), "userNum", doctorUser, "userGroupNum", admin));

    daos.securityLogs().insert(with(SecurityLog.defaults(),
        "permType", WireEnumValue.of(Permissions.class, "ChartModule"), "userNum", mariaUser,
        "logDateTime", calendar.at(calendar.today(), 8, 5), "logText", "Chart module opened",
        "patNum", summary.carlosMartinez(), "compName", "FRONTDESK",
        "logSource", WireEnumValue.of(LogSources.class, "None")));
    daos.signalods().insert(with(Signalod.defaults(), "dateViewing", calendar.today(),
        "sigDateTime", calendar.at(calendar.today(), 8, 6), "fKey", summary.operatory1(),
        "fKeyType", WireEnumValue.of(KeyType.class, "Operatory"), "iType", WireEnumValue.of(InvalidType.class, "Date")));
    return new Staff(clinic, mariaUser);
  }
}
