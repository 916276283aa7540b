package dev.odgen.samples.app.events;

import java.time.Duration;

/**
 * How the poller runs. The defaults suit a server; tests shorten the times and the batch size.
 *
 * @param tick how often the scheduler looks for subscriptions that are due (well under a second, so PollingSeconds
 *     1 keeps its pace)
 * @param connectTimeout how long to wait for an endpoint to accept a connection
 * @param requestTimeout how long to wait for an endpoint's answer to one POST
 * @param batchSize rows per POST, at most {@link #MAX_BATCH}
 * @param maxConcurrentPolls polls running at once; each holds one thread while it reads and posts
 * @param workstation this machine's name: sent in the Workstation header, matched against subscriptions'
 *     Workstation
 */
record PollSettings(Duration tick, Duration connectTimeout, Duration requestTimeout, int batchSize,
    int maxConcurrentPolls, String workstation) {
  /** Open Dental's cap on the rows of one event (23.2.1). */
  static final int MAX_BATCH = 1000;
  /** After failures, a poll reaches back at most this far, as the API Service does. */
  static final Duration RESEND_LIMIT = Duration.ofDays(3);

  PollSettings {
    if (batchSize < 1 || batchSize > MAX_BATCH) {
      throw new IllegalArgumentException("batchSize must be 1.." + MAX_BATCH + ": " + batchSize);
    }
    if (maxConcurrentPolls < 1) {
      throw new IllegalArgumentException("maxConcurrentPolls must be at least 1: " + maxConcurrentPolls);
    }
  }

  static PollSettings defaults() {
    return new PollSettings(Duration.ofMillis(250), Duration.ofSeconds(5), Duration.ofSeconds(10), MAX_BATCH, 8,
        Workstation.localName());
  }
}
