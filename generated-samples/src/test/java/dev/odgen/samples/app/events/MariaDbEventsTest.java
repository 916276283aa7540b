package dev.odgen.samples.app.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.samples.testdb.ScratchDatabase;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Database Events over MariaDB, where DateTStamp is kept by the server in whole seconds and the poll time comes
 * from its clock. A scratch database on 127.0.0.1:3306, dropped afterwards; skipped, saying why, when none answers.
 */
class MariaDbEventsTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @Test
  void changedRowsAreSentAndTheWindowReachesBackThreeDaysAtMost() {
    try (Receiver receiver = Receiver.start();
        EventsApp app = EventsApp.polledWith(EventsApp.quick(1000), ScratchDatabase.create("events"))) {
      long old = app.createPatient("FiveDaysAgo");
      long changed = app.createPatient("Changed");
      LocalDateTime now = app.databaseNow();
      app.stamp("patient", "PatNum", old, "DateTStamp", now.minusDays(5));
      long sub = app.subscribe("Patient", receiver.url("/mariadb"), 1,
          "\"DateTimeStart\": \"" + EventsApp.wire(now.minusDays(10)) + "\"");

      JsonNode sent = receiver.next("/mariadb", WAIT).json();
      JsonNode row = EventsApp.element(sent, "PatNum", changed).orElseThrow(() -> new AssertionError(sent));
      assertEquals(EventsApp.withoutServerTime(app.get("/patients/" + changed)), EventsApp.withoutServerTime(row));
      assertFalse(EventsApp.element(sent, "PatNum", old).isPresent(), sent.toString());
      app.awaitNextPoll(sub, WAIT);
      assertTrue(app.dateTimeStart(sub).isAfter(now.minusDays(10)));
    }
  }
}
