package dev.odgen.samples.app.events;

import dev.odgen.samples.app.Causes;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.SubscriptionDao;
import dev.odgen.samples.opendental.entity.Subscription;
import dev.odgen.samples.opendental.server.OpenDentalServer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application's Database Events: a daemon scheduler thread reads the subscriptions every tick and hands each one
 * that is due (a WatchTable this server can poll, PollingSeconds &gt; 0, this machine or every machine as
 * Workstation, PollingSeconds since its last poll) to a small pool of daemon threads, one poll per subscription at a
 * time. A slow endpoint holds only its own poll's thread; when every thread is busy, a due subscription waits for
 * the next tick. {@link #stop()} ends both before the application closes the pool.
 */
public final class DatabaseEvents implements AutoCloseable {
  private final SubscriptionDao subscriptions;
  private final WatchedTables tables;
  private final SubscriptionPoll poll;
  private final EventLog log;
  private final PollSettings settings;
  private final ScheduledExecutorService scheduler;
  private final ThreadPoolExecutor workers;
  /** When each subscription's last poll started ({@link System#nanoTime()}); forgotten when it is deleted. */
  private final Map<Long, Long> lastPolled = new ConcurrentHashMap<>();
  private final Set<Long> polling = ConcurrentHashMap.newKeySet();

  private DatabaseEvents(OpenDentalServer server, PollSettings settings) {
    this.subscriptions = server.daos().subscriptions();
    this.tables = WatchedTables.of(server);
    this.log = new EventLog();
    this.settings = settings;
    Webhook webhook = new Webhook(settings.connectTimeout(), settings.requestTimeout(), settings.workstation());
    this.poll = new SubscriptionPoll(server.daos().db(), subscriptions, webhook, log, settings.batchSize());
    this.scheduler = Executors.newSingleThreadScheduledExecutor(daemons("odgen-events"));
    this.workers = new ThreadPoolExecutor(0, settings.maxConcurrentPolls(), 30, TimeUnit.SECONDS,
        new SynchronousQueue<>(), daemons("odgen-event-poll"));
  }

  /** Starts polling the subscriptions stored through {@code server}, with its DAOs. */
  public static DatabaseEvents start(OpenDentalServer server) {
    return start(server, PollSettings.defaults());
  }

  static DatabaseEvents start(OpenDentalServer server, PollSettings settings) {
    DatabaseEvents events = new DatabaseEvents(server, settings);
    long tick = settings.tick().toMillis();
    events.scheduler.scheduleWithFixedDelay(events::tick, 0, tick, TimeUnit.MILLISECONDS);
    return events;
  }

  /** The machine name this server fires events as (the Workstation header). */
  public String workstation() {
    return settings.workstation();
  }

  /** Finds the subscriptions that are due and starts their polls; never throws (that would end the schedule). */
  private void tick() {
    List<Subscription> all;
    try {
      all = Pages.all((offset, limit) -> subscriptions.list(null, offset, limit));   // every customer key's
      log.schedulerRecovered();
    } catch (RuntimeException e) {
      log.schedulerFailed(Causes.rootMessage(e));
      return;
    }
    Set<Long> present = new HashSet<>();
    for (Subscription subscription : all) {
      present.add(subscription.subscriptionNum());
      table(subscription).ifPresent(table -> {
        if (due(subscription)) {
          startPoll(subscription, table);
        }
      });
    }
    lastPolled.keySet().retainAll(present);
  }

  /** The table a subscription of this machine watches, when it is a Database Event this server can send. */
  private Optional<WatchedTable> table(Subscription subscription) {
    String watchTable = subscription.watchTable();
    if (watchTable == null || watchTable.isBlank() || subscription.pollingSeconds() <= 0
        || !Workstation.serves(subscription.workstation(), settings.workstation())) {
      return Optional.empty();
    }
    Optional<WatchedTable> table = tables.find(watchTable);
    if (table.isEmpty()) {
      log.unsupported(subscription.subscriptionNum(), watchTable, tables.whyNot(watchTable));
    }
    return table;
  }

  private boolean due(Subscription subscription) {
    Long last = lastPolled.get(subscription.subscriptionNum());
    return last == null || System.nanoTime() - last >= TimeUnit.SECONDS.toNanos(subscription.pollingSeconds());
  }

  private void startPoll(Subscription subscription, WatchedTable table) {
    long num = subscription.subscriptionNum();
    if (!polling.add(num)) {
      return; // its previous poll is still running (a slow endpoint): at most one event at a time
    }
    try {
      workers.execute(() -> {
        try {
          poll.run(num, table);
        } catch (RuntimeException e) {
          log.failed(num, subscription.endPointUrl(), "cannot poll: " + Causes.rootMessage(e));
        } finally {
          polling.remove(num);
        }
      });
      lastPolled.put(num, System.nanoTime());
    } catch (RejectedExecutionException e) {
      polling.remove(num); // every poll thread is busy (or stopping): due again at the next tick
    }
  }

  /** Stops the schedule and the polls under way (their POSTs are interrupted), waiting a little for them. */
  public void stop() {
    scheduler.shutdownNow();
    workers.shutdownNow();
    try {
      scheduler.awaitTermination(2, TimeUnit.SECONDS);
      workers.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
