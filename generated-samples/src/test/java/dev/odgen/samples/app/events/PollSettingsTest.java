package dev.odgen.samples.app.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PollSettingsTest {
  @Test
  void eventsCarryAtMostAThousandRows() {
    assertEquals(1000, PollSettings.defaults().batchSize());
    Duration s = Duration.ofSeconds(1);
    assertThrows(IllegalArgumentException.class, () -> new PollSettings(s, s, s, 1001, 1, "pc"));
    assertThrows(IllegalArgumentException.class, () -> new PollSettings(s, s, s, 0, 1, "pc"));
  }

  @Test
  void aPollStartsAtDateTimeStartButNoMoreThanThreeDaysBack() {
    LocalDateTime poll = LocalDateTime.of(2025, 6, 10, 12, 0, 0);
    assertEquals(poll.minusHours(5), SubscriptionPoll.since(poll.minusHours(5), poll));
    assertEquals(poll.minusDays(3), SubscriptionPoll.since(poll.minusDays(3), poll));
    assertEquals(poll.minusDays(3), SubscriptionPoll.since(poll.minusDays(20), poll));
    assertEquals(poll.minusDays(3), SubscriptionPoll.since(null, poll), "no DateTimeStart (0001-01-01)");
  }
}
