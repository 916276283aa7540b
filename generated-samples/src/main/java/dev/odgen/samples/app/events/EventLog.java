package dev.odgen.samples.app.events;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the poller says, one line per thing: a failure is logged when it first happens (and when its reason
 * changes), not at every poll of an endpoint that stays down; its recovery is logged once; a subscription whose
 * WatchTable cannot be polled is logged once.
 */
final class EventLog {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseEvents.class);

  /** The last failure of each subscription still failing. */
  private final Map<Long, String> failing = new ConcurrentHashMap<>();
  private final Set<String> unsupported = ConcurrentHashMap.newKeySet();
  private volatile String schedulerFailure;

  void failed(long subscriptionNum, String endPointUrl, String why) {
    String previous = failing.put(subscriptionNum, why);
    if (!why.equals(previous)) {
      LOG.warn("database event of subscription {} to {} failed: {}; the next poll sends the rows again"
          + " (this failure is not logged again)", subscriptionNum, endPointUrl, why);
    } else {
      LOG.debug("database event of subscription {} failed again: {}", subscriptionNum, why);
    }
  }

  void succeeded(long subscriptionNum) {
    if (failing.remove(subscriptionNum) != null) {
      LOG.info("database events of subscription {} are delivered again", subscriptionNum);
    }
  }

  void unsupported(long subscriptionNum, String watchTable, String why) {
    if (unsupported.add(subscriptionNum + "\n" + watchTable)) {
      LOG.warn("subscription {} is skipped: WatchTable '{}' {}", subscriptionNum, watchTable, why);
    }
  }

  /** The scheduler could not read the subscriptions (the database is down, say); logged once until it can again. */
  void schedulerFailed(String why) {
    if (!Objects.equals(schedulerFailure, why)) {
      schedulerFailure = why;
      LOG.warn("database events: cannot read the subscriptions: {}", why);
    }
  }

  void schedulerRecovered() {
    if (schedulerFailure != null) {
      schedulerFailure = null;
      LOG.info("database events: reading the subscriptions again");
    }
  }
}
