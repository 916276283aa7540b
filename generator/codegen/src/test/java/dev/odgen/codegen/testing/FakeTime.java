package dev.odgen.codegen.testing;

import dev.odgen.runtime.client.Timekeeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when someone sleeps, and records every wait longer than zero. Thread-safe. */
public final class FakeTime implements Timekeeper {

  private long nanos = 1_000_000_000L;
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized long nanoTime() {
    return nanos;
  }

  @Override
  public synchronized Instant now() {
    return Instant.parse("2024-05-01T10:00:00Z").plusNanos(nanos);
  }

  @Override
  public synchronized void sleep(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    sleeps.add(duration);
    nanos += duration.toNanos();
  }

  /** The waits longer than zero, in order. */
  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
