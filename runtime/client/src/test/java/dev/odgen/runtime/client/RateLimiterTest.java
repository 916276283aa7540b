package dev.odgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  @Test
  void spacesCallsPerKey() throws Exception {
    FakeTime time = new FakeTime();
    RateLimiter limiter = new RateLimiter(Duration.ofMillis(1000), time);
    assertEquals(Duration.ZERO, limiter.acquire("custA"));
    assertEquals(Duration.ofMillis(1000), limiter.acquire("custA"));
    assertEquals(Duration.ZERO, limiter.acquire("custB"), "another key is not held up");
    time.advance(Duration.ofMillis(400));
    assertEquals(Duration.ofMillis(600), limiter.acquire("custA"));
    time.advance(Duration.ofSeconds(10));
    assertEquals(Duration.ZERO, limiter.acquire("custA"), "an idle key does not bank credit");
    assertEquals(Duration.ofMillis(1000), limiter.acquire("custA"));
  }

  @Test
  void concurrentCallersGetDistinctSlots() throws Exception {
    // time stands still: every caller must be given its own slot, 500 ms apart
    Timekeeper frozen = new Timekeeper() {
      @Override
      public long nanoTime() {
        return 0;
      }

      @Override
      public Instant now() {
        return Instant.EPOCH;
      }

      @Override
      public void sleep(Duration d) {}
    };
    RateLimiter limiter = new RateLimiter(Duration.ofMillis(500), frozen);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<List<Duration>>> futures = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      futures.add(pool.submit(() -> {
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
          waits.add(limiter.acquire("k"));
        }
        return waits;
      }));
    }
    List<Duration> all = new ArrayList<>();
    for (Future<List<Duration>> f : futures) {
      all.addAll(f.get(10, TimeUnit.SECONDS));
    }
    pool.shutdown();
    Collections.sort(all);
    List<Duration> expected = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      expected.add(Duration.ofMillis(500L * i));
    }
    assertEquals(expected, all);
  }
}
