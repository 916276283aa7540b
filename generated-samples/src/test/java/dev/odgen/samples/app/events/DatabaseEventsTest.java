package dev.odgen.samples.app.events;

import static dev.odgen.samples.app.events.EventsApp.waitUntil;
import static dev.odgen.samples.app.events.EventsApp.wire;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.samples.opendental.entity.AppointmentPatch;
import dev.odgen.samples.opendental.entity.PatFieldPatch;
import dev.odgen.samples.opendental.entity.ProviderPatch;
import dev.odgen.samples.opendental.entity.Schedule;
import dev.odgen.samples.opendental.entity.ScheduleType;
import dev.odgen.samples.opendental.entity.ToothInitialPatch;
import dev.odgen.samples.opendental.entity.ToothInitialType;
import dev.odgen.samples.opendental.server.OpenDentalServer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The poller against a running application (its own events off, these polled with ticks of 100 ms) and a receiving
 * endpoint: what is sent, when, to whom, in what batches, and what DateTimeStart does. Every subscription polls
 * every second; waits are for the receiver, with a timeout.
 */
class DatabaseEventsTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @Test
  void aRefusedEventIsSentAgainAndOnlyAnAcceptedOneMovesDateTimeStart() {
    try (Receiver receiver = Receiver.start(); EventsApp app = EventsApp.polledWith(EventsApp.quick(1000))) {
      long patNum = app.createPatient("Retry");
      LocalDateTime start = app.databaseNow().minusHours(1);
      receiver.answer("/retry", 500, 500);
      long sub = app.subscribe("Patient", receiver.url("/retry"), 1, "\"DateTimeStart\": \"" + wire(start) + "\"");

      JsonNode refused = EventsApp.withoutServerTime(receiver.next("/retry", WAIT).json());
      JsonNode refusedAgain = EventsApp.withoutServerTime(receiver.next("/retry", WAIT).json());
      assertEquals(start, app.dateTimeStart(sub), "DateTimeStart after two refused events");
      JsonNode accepted = EventsApp.withoutServerTime(receiver.next("/retry", WAIT).json());

      assertTrue(EventsApp.element(refused, "PatNum", patNum).isPresent(), refused.toString());
      assertEquals(refused, refusedAgain);
      assertEquals(refused, accepted, "the accepted event carries the rows the refused ones did");
      waitUntil("DateTimeStart moves after the accepted event", WAIT, () -> app.dateTimeStart(sub).isAfter(start));
    }
  }

  @Test
  void nothingIsSentWhenNothingChangedButDateTimeStartStillMoves() {
    try (Receiver receiver = Receiver.start(); EventsApp app = EventsApp.polledWith(EventsApp.quick(1000))) {
      long patNum = app.createPatient("Quiet");
      app.stamp("patient", "PatNum", patNum, "DateTStamp", app.databaseNow().minusMinutes(1));
      long sub = app.subscribe("Patient", receiver.url("/quiet"), 1, "");
      LocalDateTime created = app.dateTimeStart(sub);

      // DateTimeStart moves past this second: a poll has found nothing (and the guide says it still moves)
      app.awaitNextPoll(sub, WAIT);
      assertTrue(app.dateTimeStart(sub).isAfter(created));
      receiver.assertNothingAt("/quiet");
    }
  }

  @Test
  void rowsGoInBatchesOfAtMostTheBatchSize() {
    // batches of 3 here stand for the 1000 of the defaults (checked in PollSettingsTest), to keep the test quick
    try (Receiver receiver = Receiver.start(); EventsApp app = EventsApp.polledWith(EventsApp.quick(3))) {
      List<Long> patNums = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        patNums.add(app.createPatient("Batch" + i));
      }
      String start = wire(app.databaseNow().minusHours(1));
      app.subscribe("Patient", receiver.url("/batches"), 1, "\"DateTimeStart\": \"" + start + "\"");

      List<Integer> sizes = new ArrayList<>();
      List<Long> sent = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        JsonNode batch = receiver.next("/batches", WAIT).json();
        sizes.add(batch.size());
        batch.forEach(row -> sent.add(row.get("PatNum").asLong()));
      }
      assertEquals(List.of(3, 3, 1), sizes);
      assertEquals(patNums, sent, "one poll sends every changed row once, in PatNum order");
    }
  }

  @Test
  void anExpiredSubscriptionGetsNothing() {
    try (Receiver receiver = Receiver.start(); EventsApp app = EventsApp.polledWith(EventsApp.quick(1000))) {
      app.createPatient("Expiry");
      LocalDateTime now = app.databaseNow();
      String start = "\"DateTimeStart\": \"" + wire(now.minusHours(1)) + "\"";
      long expired = app.subscribe("Patient", receiver.url("/expired"), 1,
          start + ", \"DateTimeStop\": \"" + wire(now.minusMinutes(1)) + "\"");
      long live = app.subscribe("Patient", receiver.url("/stops-tomorrow"), 1,
          start + ", \"DateTimeStop\": \"" + wire(now.plusDays(1)) + "\"");

      // the live subscription's event and a later poll of it: the expired one was due as often
      receiver.next("/stops-tomorrow", WAIT);
      app.awaitNextPoll(live, WAIT);
      receiver.assertNothingAt("/expired");
      assertEquals(now.minusHours(1), app.dateTimeStart(expired), "an expired subscription is not polled");
    }
  }

  @Test
  void subscriptionsOfOtherWorkstationsOrTablesThisServerCannotWatchAreLeftAlone() {
    try (Receiver receiver = Receiver.start(); EventsApp app = EventsApp.polledWith(EventsApp.quick(1000))) {
      app.createPatient("Elsewhere");
      LocalDateTime start = app.databaseNow().minusHours(1);
      String since = "\"DateTimeStart\": \"" + wire(start) + "\"";
      Map<String, Long> ignored = new LinkedHashMap<>();
      ignored.put("/other-workstation", app.subscribe("Patient", receiver.url("/other-workstation"), 1,
          since + ", \"Workstation\": \"NOT-" + Workstation.localName() + "\""));
      ignored.put("/deleted", app.subscribe("AppointmentDeleted", receiver.url("/deleted"), 1, since));
      ignored.put("/operatory", app.subscribe("Operatory", receiver.url("/operatory"), 1, since));
      ignored.put("/no-such-table", app.subscribe("Carrier", receiver.url("/no-such-table"), 1, since));
      ignored.put("/no-polling", app.subscribe("Patient", receiver.url("/no-polling"), 0, since));
      // this machine named in upper case is this machine
      long mine = app.subscribe("patient", receiver.url("/mine"), 1,
          since + ", \"Workstation\": \"" + Workstation.localName().toUpperCase(java.util.Locale.ROOT) + "\"");

      JsonNode sent = receiver.next("/mine", WAIT).json();
      assertEquals(1, sent.size(), sent.toString());
      app.awaitNextPoll(mine, WAIT);
      ignored.forEach((path, sub) -> {
        receiver.assertNothingAt(path);
        assertEquals(start, app.dateTimeStart(sub), path + " is not polled");
      });
    }
  }

  @Test
  void aSlowEndpointHoldsUpNeitherOtherSubscriptionsNorTheApi() {
    try (Receiver receiver = Receiver.start(); EventsApp app = EventsApp.polledWith(EventsApp.quick(1000))) {
      long patNum = app.createPatient("Slow");
      LocalDateTime start = app.databaseNow().minusHours(1);
      String since = "\"DateTimeStart\": \"" + wire(start) + "\"";
      receiver.delay("/slow", Duration.ofSeconds(30));
      long slow = app.subscribe("Patient", receiver.url("/slow"), 1, since);
      receiver.next("/slow", WAIT); // the slow endpoint has its request and sits on it
      long slowSince = System.nanoTime();
      app.subscribe("Patient", receiver.url("/fast"), 1, since);

      // the poller gives up on the slow endpoint after 2 s: an event before that was sent alongside
      receiver.next("/fast", WAIT);
      long took = Duration.ofNanos(System.nanoTime() - slowSince).toMillis();
      assertTrue(took < 1_500, "the fast endpoint's event came " + took + " ms after the slow one's request");
      assertEquals(patNum, app.get("/patients/" + patNum).get("PatNum").asLong());

      // the slow POST times out after 2 s: a failure, so DateTimeStart stays
      receiver.next("/slow", WAIT);
      assertEquals(start, app.dateTimeStart(slow));
    }
  }

  @Test
  void aPollReachesBackThreeDaysAtMost() {
    try (Receiver receiver = Receiver.start(); EventsApp app = EventsApp.polledWith(EventsApp.quick(1000))) {
      long fiveDaysAgo = app.createPatient("FiveDaysAgo");
      long twoDaysAgo = app.createPatient("TwoDaysAgo");
      LocalDateTime now = app.databaseNow();
      app.stamp("patient", "PatNum", fiveDaysAgo, "DateTStamp", now.minusDays(5));
      app.stamp("patient", "PatNum", twoDaysAgo, "DateTStamp", now.minusDays(2));
      app.subscribe("Patient", receiver.url("/backlog"), 1,
          "\"DateTimeStart\": \"" + wire(now.minusDays(10)) + "\"");

      JsonNode sent = receiver.next("/backlog", WAIT).json();
      assertTrue(EventsApp.element(sent, "PatNum", twoDaysAgo).isPresent(), sent.toString());
      assertFalse(EventsApp.element(sent, "PatNum", fiveDaysAgo).isPresent(), sent.toString());
    }
  }

  @Test
  void everyWatchedTableIsSentAsItsResourceAnswers() {
    try (Receiver receiver = Receiver.start(); EventsApp app = EventsApp.polledWith(EventsApp.quick(1000))) {
      OpenDentalServer server = app.app().server();
      long patNum = app.createPatient("Tables");
      long aptNum = server.daos().appointments().insert(AppointmentPatch.builder()
          .patNum(patNum).aptDateTime(LocalDateTime.of(2030, 1, 2, 9, 0)).pattern("//XX//").build());
      long provNum = server.daos().providers().insert(ProviderPatch.builder().abbr("EVT").lName("Event").build());
      long patFieldNum = server.daos().patFields().insert(PatFieldPatch.builder()
          .patNum(patNum).fieldName("Favourite colour").fieldValue("teal").build());
      long scheduleNum = server.daos().schedules().insert(new Schedule(0, LocalDate.of(2030, 1, 2), LocalTime.of(8, 0),
          LocalTime.of(12, 0), ScheduleType.PRACTICE, 0, 0, null, "events", null, 0, null));
      long toothInitialNum = server.daos().toothInitials().insert(ToothInitialPatch.builder()
          .patNum(patNum).toothNum("3").initialType(ToothInitialType.MISSING).build());
      String since = "\"DateTimeStart\": \"" + wire(app.databaseNow().minusHours(1)) + "\"";
      for (String table : List.of("Appointment", "Provider", "PatField", "Schedule", "ToothInitial")) {
        app.subscribe(table, receiver.url("/" + table), 1, since);
      }

      expect(receiver, "Appointment", "AptNum", aptNum, app.get("/appointments/" + aptNum));
      expect(receiver, "Provider", "ProvNum", provNum, app.get("/providers/" + provNum));
      expect(receiver, "PatField", "PatFieldNum", patFieldNum, app.get("/patfields/" + patFieldNum));
      expect(receiver, "Schedule", "ScheduleNum", scheduleNum, app.get("/schedules/" + scheduleNum));
      // ToothInitials have no GET by id: the list's element
      JsonNode listed = EventsApp.element(app.get("/toothinitials?PatNum=" + patNum), "ToothInitialNum",
          toothInitialNum).orElseThrow();
      expect(receiver, "ToothInitial", "ToothInitialNum", toothInitialNum, listed);
    }
  }

  private static void expect(Receiver receiver, String table, String idField, long id, JsonNode asTheApiAnswers) {
    Receiver.Event event = receiver.next("/" + table, WAIT);
    assertEquals("WatchTable: " + table, event.header("Event-Type"));
    JsonNode row = EventsApp.element(event.json(), idField, id)
        .orElseThrow(() -> new AssertionError(table + " " + id + " not in " + event.body()));
    assertEquals(EventsApp.withoutServerTime(asTheApiAnswers), EventsApp.withoutServerTime(row), table);
  }
}
