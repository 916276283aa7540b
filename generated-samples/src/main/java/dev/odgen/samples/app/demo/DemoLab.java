package dev.odgen.samples.app.demo;

import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.LabCasePatch;
import dev.odgen.samples.opendental.entity.LabTurnaroundPatch;
import dev.odgen.samples.opendental.entity.LaboratoryPatch;
import java.math.BigDecimal;

/**
 * The dental laboratory the practice sends crowns to, its turnaround for a crown, and a lab case for Daniel
 * Okafor's planned crown: sent today, due when the turnaround says.
 */
final class DemoLab {
  private final OpenDentalDaos daos;
  private final DemoSummary summary;
  private final DemoCalendar calendar;

  DemoLab(OpenDentalDaos daos, DemoSummary summary, DemoCalendar calendar) {
    this.daos = daos;
    this.summary = summary;
    this.calendar = calendar;
  }

  void insert() {
    long lab = daos.laboratories().insert(LaboratoryPatch.builder().description("Cascade Dental Lab")
        .phone("(503)555-0190").address("88 Foundry Way").city("Portland").state("OR").zip("97209")
        .email("cases@cascadelab.example").notes("Pickup Tuesdays and Fridays").build());
    int days = 10;
    daos.labTurnarounds().insert(LabTurnaroundPatch.builder().laboratoryNum(lab).description("PFM crown")
        .daysPublished(days).daysActual(days + 2).build());
    daos.labCases().insert(LabCasePatch.builder().patNum(summary.danielOkafor()).laboratoryNum(lab)
        .provNum(summary.drNguyen()).dateTimeCreated(calendar.at(calendar.today(), 9, 0))
        .dateTimeSent(calendar.at(calendar.today(), 16, 0))
        .dateTimeDue(calendar.at(calendar.today().plusDays(days + 2), 12, 0))
        .instructions("PFM crown #30, shade A2").labFee(new BigDecimal("185.00")).build());
  }
}
