package dev.odgen.runtime.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How idempotent calls are retried: up to {@code maxAttempts} tries in all, waiting {@code
 * initialBackoff × multiplier^(retry-1)} (at most {@code maxBackoff}) between them, of which the
 * {@code jitter} fraction is random so that many clients do not retry in step. A {@code
 * Retry-After} from the server replaces the computed wait; one longer than {@code maxBackoff}
 * ends the retries at once.
 *
 * @param maxAttempts tries in all, at least 1 (1 means no retries)
 * @param initialBackoff the wait before the first retry
 * @param maxBackoff the longest wait
 * @param multiplier growth of the wait per retry, at least 1
 * @param jitter the random fraction of each wait, 0 (none) to 1 (all of it)
 */
public record RetryPolicy(
    int maxAttempts, Duration initialBackoff, Duration maxBackoff, double multiplier, double jitter) {

  public RetryPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (multiplier < 1 || jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("need multiplier >= 1 and 0 <= jitter <= 1");
    }
  }

  /** 4 attempts, waiting about 0.5 s, 1 s, 2 s (half of each random), at most 30 s. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(30), 2.0, 0.5);
  }

  /** Never retry. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1.0, 0.0);
  }

  /**
   * The wait before retry number {@code retry} (1 for the first retry).
   *
   * @param random a value in [0, 1) that picks the random part
   */
  public Duration backoff(int retry, double random) {
    double base = initialBackoff.toNanos() * Math.pow(multiplier, retry - 1);
    double capped = Math.min(base, maxBackoff.toNanos());
    double wait = capped * (1 - jitter) + capped * jitter * random;
    return Duration.ofNanos((long) wait);
  }
}
