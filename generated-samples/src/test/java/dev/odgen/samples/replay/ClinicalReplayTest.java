package dev.odgen.samples.replay;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.samples.testdb.ScratchDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The documented example requests of the clinical and scheduling resources (issue #14), replayed against the demo
 * practice on H2 and on MariaDB.
 */
class ClinicalReplayTest {
  static final Set<String> RESOURCES = Set.of("Appointments", "ApptFields", "PatFields", "InsVerifies", "AsapComms",
      "ChartModules", "FamilyModules", "DiscountPlanSubs", "PerioExams", "ProcNotes", "ProcedureLogs", "Recalls",
      "SecurityPerms", "TreatPlans");

  @Test
  void everyExampleIsAnsweredAsDocumentedOnH2() {
    try (ReplayServer server = ReplayServer.onH2("clinical")) {
      verify(ReplayRun.replay(RESOURCES, server), "Clinical replay (H2)");
    }
  }

  @Test
  void everyExampleIsAnsweredAsDocumentedOnMariaDb() {
    try (ScratchDatabase database = ScratchDatabase.create("replay_clinical");
        ReplayServer server = ReplayServer.start(database.url(), ScratchDatabase.USER, ScratchDatabase.PASSWORD)) {
      verify(ReplayRun.replay(RESOURCES, server), "Clinical replay (MariaDB)");
    }
  }

  private static void verify(ReplayReport report, String title) {
    report.print(System.out, title);
    List<String> failures = report.failures();
    assertTrue(failures.isEmpty(), title + ": " + failures.size() + " example(s) not as documented and not listed"
        + " in replay/exceptions.txt:\n  " + String.join("\n  ", failures));
  }
}
