package dev.odgen.samples.app.events;

/** The outcome of one POST to an endpoint: accepted (2xx), or why not in a few words. */
record Delivery(boolean accepted, String failure) {
  static final Delivery ACCEPTED = new Delivery(true, null);

  static Delivery failed(String why) {
    return new Delivery(false, why);
  }
}
