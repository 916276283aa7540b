package dev.odgen.samples.app.events;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.samples.opendental.dao.SubscriptionDao;
import dev.odgen.samples.opendental.entity.Subscription;
import dev.odgen.samples.opendental.entity.SubscriptionPatch;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One poll of one subscription: the watched table's rows changed since DateTimeStart (reaching back three days at
 * most), POSTed in batches; then DateTimeStart moves to the poll time, read before the rows so that nothing changed
 * during the poll is missed. A batch that is not accepted ends the poll and leaves DateTimeStart where it was, so
 * the next poll sends the same rows again. A poll that finds nothing sends nothing and still moves DateTimeStart,
 * which is how a subscriber sees that its subscription is being served.
 */
final class SubscriptionPoll {
  private final Db db;
  private final SubscriptionDao subscriptions;
  private final Webhook webhook;
  private final EventLog log;
  private final int batchSize;

  SubscriptionPoll(Db db, SubscriptionDao subscriptions, Webhook webhook, EventLog log, int batchSize) {
    this.db = db;
    this.subscriptions = subscriptions;
    this.webhook = webhook;
    this.log = log;
    this.batchSize = batchSize;
  }

  /** Polls {@code table} for the subscription with this number, as it is now in the database. */
  void run(long subscriptionNum, WatchedTable table) {
    Optional<Subscription> current = subscriptions.findById(subscriptionNum);
    if (current.isEmpty()) {
      return; // deleted since the scheduler saw it
    }
    Subscription subscription = current.get();
    LocalDateTime pollTime = DatabaseTime.now(db);
    if (expired(subscription, pollTime) || notStarted(subscription, pollTime)) {
      return;
    }
    LocalDateTime since = since(subscription.dateTimeStart(), pollTime);
    long offset = 0;
    while (true) {
      WatchedTable.Batch batch = table.changedSince(since, offset, batchSize);
      if (batch.isEmpty()) {
        break;
      }
      Delivery delivery = webhook.post(subscription.endPointUrl(), subscription.customerKey(), table.name(),
          batch.json());
      if (!delivery.accepted()) {
        if (!Thread.currentThread().isInterrupted()) { // interrupted: the server is stopping, not a failure to log
          log.failed(subscriptionNum, subscription.endPointUrl(), delivery.failure());
        }
        return;
      }
      offset += batch.rows();
    }
    log.succeeded(subscriptionNum);
    subscriptions.update(subscriptionNum, SubscriptionPatch.builder().dateTimeStart(pollTime).build());
  }

  /** DateTimeStop is set (not the no-date value, which reads as null) and not after the poll time. */
  static boolean expired(Subscription subscription, LocalDateTime pollTime) {
    return subscription.dateTimeStop() != null && !subscription.dateTimeStop().isAfter(pollTime);
  }

  /** A DateTimeStart in the future: the subscription starts watching then. */
  static boolean notStarted(Subscription subscription, LocalDateTime pollTime) {
    return subscription.dateTimeStart() != null && subscription.dateTimeStart().isAfter(pollTime);
  }

  /** The start of the rows to send: DateTimeStart, but no further back than three days before the poll. */
  static LocalDateTime since(LocalDateTime dateTimeStart, LocalDateTime pollTime) {
    LocalDateTime limit = pollTime.minus(PollSettings.RESEND_LIMIT);
    return dateTimeStart == null || dateTimeStart.isBefore(limit) ? limit : dateTimeStart;
  }
}
