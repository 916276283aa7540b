package dev.odgen.samples.app;

/** Whether the server fills the database with the demo practice at start-up. */
public enum DemoDataMode {
  /** Only into an empty database (no patients, no providers); the default. */
  AUTO,
  /** Always; start-up fails when the database is not empty, so real data never mixes with demo rows. */
  ON,
  /** Never. */
  OFF
}
