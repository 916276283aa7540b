package dev.odgen.samples.app.events;

import static dev.odgen.samples.app.events.EventsApp.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.samples.app.ApiKeys;
import dev.odgen.samples.app.EventsMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Database Events as the application starts them (default settings): a changed patient reaches its subscriber. */
class AppEventsTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @Test
  void aChangedPatientIsPostedAsItsGetAndDateTimeStartMoves() {
    try (Receiver receiver = Receiver.start(); EventsApp app = EventsApp.started(EventsMode.ON)) {
      assertTrue(app.app().events().isPresent(), "events are on by default");
      long patNum = app.createPatient("Webhook");
      long sub = app.subscribe("Patient", receiver.url("/patients"), 1, "");
      LocalDateTime created = app.dateTimeStart(sub);
      app.changePatient(patNum, "12 Hook Lane");

      // a poll just after the subscription may have sent the patient as created: wait for the change
      JsonNode sent = null;
      Receiver.Event event = null;
      while (sent == null) {
        event = receiver.next("/patients", WAIT);
        Optional<JsonNode> row = EventsApp.element(event.json(), "PatNum", patNum);
        if (row.isPresent() && row.get().path("Address").asText().equals("12 Hook Lane")) {
          sent = row.get();
        }
      }
      assertEquals("POST", event.method());
      assertEquals(ApiKeys.DEMO_CUSTOMER_KEY, event.header("Authorization"));
      assertEquals(Workstation.localName(), event.header("Workstation"));
      assertEquals(app.app().events().get().workstation(), event.header("Workstation"));
      assertEquals("WatchTable: Patient", event.header("Event-Type"));
      assertTrue(event.header("Content-Type").startsWith("application/json"), event.header("Content-Type"));
      assertTrue(event.json().isArray(), event.body());
      assertTrue(sent.path("serverDateTime").asText().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"),
          sent.toString());
      assertEquals(EventsApp.withoutServerTime(app.get("/patients/" + patNum)), EventsApp.withoutServerTime(sent),
          "the event's row is what GET /patients/{PatNum} answers (but for the time of the answer)");

      waitUntil("DateTimeStart moves past " + created, WAIT, () -> app.dateTimeStart(sub).isAfter(created));
      assertFalse(app.dateTimeStart(sub).isAfter(app.databaseNow()), "DateTimeStart is a poll time, not later");
    }
  }
}
