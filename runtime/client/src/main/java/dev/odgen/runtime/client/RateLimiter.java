package dev.odgen.runtime.client;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Spaces calls so that two calls with the same key start at least {@code minInterval} apart, as
 * APIs that throttle per customer key require (e.g. 5000, 1000 or 500 ms). Thread-safe: each
 * caller reserves the next free slot for its key under a lock, then waits outside it, so callers
 * are served in arrival order. Share one instance between clients that use the same keys.
 */
public final class RateLimiter {
  private final long intervalNanos;
  private final Timekeeper time;
  private final Map<String, Long> nextSlot = new HashMap<>();

  public RateLimiter(Duration minInterval, Timekeeper time) {
    if (minInterval.isNegative()) {
      throw new IllegalArgumentException("minInterval must not be negative");
    }
    this.intervalNanos = minInterval.toNanos();
    this.time = Objects.requireNonNull(time, "time");
  }

  /** A limiter on the system clock. */
  public static RateLimiter perKey(Duration minInterval) {
    return new RateLimiter(minInterval, Timekeeper.system());
  }

  /** A limiter on the system clock spacing calls {@code millis} apart. */
  public static RateLimiter perKeyMillis(long millis) {
    return perKey(Duration.ofMillis(millis));
  }

  /** The minimum interval between calls with one key. */
  public Duration minInterval() {
    return Duration.ofNanos(intervalNanos);
  }

  /**
   * Waits until a call with {@code key} may start, and claims that moment.
   *
   * @return how long it waited
   */
  public Duration acquire(String key) throws InterruptedException {
    long wait;
    synchronized (nextSlot) {
      long now = time.nanoTime();
      long slot = Math.max(now, nextSlot.getOrDefault(key, Long.MIN_VALUE));
      nextSlot.put(key, slot + intervalNanos);
      wait = slot - now;
    }
    Duration d = Duration.ofNanos(wait);
    time.sleep(d);
    return d;
  }
}
