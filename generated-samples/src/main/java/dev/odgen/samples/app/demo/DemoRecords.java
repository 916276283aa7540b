package dev.odgen.samples.app.demo;

import dev.odgen.samples.opendental.dao.OpenDentalDaos;

/**
 * The rows of issue #14 on top of the practice and the families, so that every table the spec has (but the money
 * and documents tables of issue #15) holds at least one coherent row.
 */
final class DemoRecords {
  private final OpenDentalDaos daos;
  private final Practice practice;
  private final DemoSummary summary;
  private final DemoCalendar calendar;

  DemoRecords(OpenDentalDaos daos, Practice practice, DemoSummary summary, DemoCalendar calendar) {
    this.daos = daos;
    this.practice = practice;
    this.summary = summary;
    this.calendar = calendar;
  }

  void insert() {
    DemoStaff.Staff staff = new DemoStaff(daos, summary, calendar).insert();
    new DemoClinical(daos, summary, calendar).insert();
    new DemoMedicalHistory(daos, summary, calendar).insert();
    new DemoLab(daos, summary, calendar).insert();
    new DemoTasks(daos, summary, calendar, staff.frontDeskUser()).insert();
    new DemoSheets(daos, summary, calendar).insert();
    new DemoFrontDesk(daos, summary, calendar).insert(staff.clinicNum());
    new DemoCoverage(daos, practice, summary, calendar).insert();
  }
}
