package dev.odgen.runtime.client;

import java.time.Duration;
import java.time.Instant;

/** Time as the client sees it: a monotonic clock, the wall clock, and sleeping. Fake it in tests. */
public interface Timekeeper {
  /** A monotonic reading in nanoseconds, as {@link System#nanoTime()}. */
  long nanoTime();

  /** The wall-clock time (to interpret HTTP-date {@code Retry-After} values). */
  Instant now();

  /** Waits for {@code duration}; returns at once for zero or negative durations. */
  void sleep(Duration duration) throws InterruptedException;

  /** The real clocks and {@link Thread#sleep}. */
  static Timekeeper system() {
    return SystemTimekeeper.INSTANCE;
  }
}
