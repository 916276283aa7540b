package dev.odgen.runtime.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when someone sleeps; records every sleep. Thread-safe. */
public final class FakeTime implements Timekeeper {
  private long nanos = 1_000_000_000L;
  private final Instant start = Instant.parse("2024-05-01T10:00:00Z");
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized long nanoTime() {
    return nanos;
  }

  @Override
  public synchronized Instant now() {
    return start.plusNanos(nanos);
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    if (!duration.isNegative()) {
      nanos += duration.toNanos();
    }
  }

  public synchronized void advance(Duration d) {
    nanos += d.toNanos();
  }

  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /** Sleeps longer than zero. */
  public synchronized List<Duration> realSleeps() {
    return sleeps.stream().filter(d -> !d.isZero()).toList();
  }
}
