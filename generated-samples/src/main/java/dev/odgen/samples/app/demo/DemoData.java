package dev.odgen.samples.app.demo;

import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Inserts the demo practice ("Maple Street Dental"): reference data, insurance, schedules and ten patients in
 * families. Deterministic: the same rows for the same day, with dates relative to today. Meant for an empty
 * database; run it inside one transaction so a failure leaves nothing behind.
 */
public final class DemoData {
  private final OpenDentalDaos daos;
  private final Clock clock;

  public DemoData(OpenDentalDaos daos, Clock clock) {
    this.daos = daos;
    this.clock = clock;
  }

  public DemoSummary insert() {
    DemoCalendar calendar = new DemoCalendar(LocalDate.now(clock));
    Practice practice = new DemoPractice(daos, calendar).insert();
    DemoSummary summary = new DemoFamilies(daos, practice, calendar).insert();
    new DemoRecords(daos, practice, summary, calendar).insert();
    new DemoBackOffice(daos, calendar).insert(summary);
    return summary;
  }
}
