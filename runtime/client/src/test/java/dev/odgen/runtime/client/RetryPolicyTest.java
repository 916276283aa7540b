package dev.odgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void growsExponentiallyUpToTheCapWithJitter() {
    RetryPolicy p = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(350), 2.0, 0.5);
    assertEquals(Duration.ofMillis(50), p.backoff(1, 0.0));
    assertEquals(Duration.ofMillis(100), p.backoff(1, 1.0));
    assertEquals(Duration.ofMillis(150), p.backoff(2, 0.5));
    assertEquals(Duration.ofMillis(350), p.backoff(4, 1.0), "capped at maxBackoff");
  }

  @Test
  void rejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1, 2));
  }
}
