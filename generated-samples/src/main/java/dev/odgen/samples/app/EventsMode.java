package dev.odgen.samples.app;

/** Whether the server fires Open Dental's Database Events (webhooks) for the subscriptions in its database. */
public enum EventsMode {
  /** Poll the subscriptions' watched tables and POST changed rows to their endpoints; the default. */
  ON,
  /** Never poll or send; subscriptions are still stored and served. */
  OFF
}
