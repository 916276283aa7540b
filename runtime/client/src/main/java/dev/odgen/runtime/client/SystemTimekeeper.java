package dev.odgen.runtime.client;

import java.time.Duration;
import java.time.Instant;

/** {@link Timekeeper} on the system clocks. */
enum SystemTimekeeper implements Timekeeper {
  INSTANCE;

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public Instant now() {
    return Instant.now();
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    if (!duration.isNegative() && !duration.isZero()) {
      Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }
  }
}
