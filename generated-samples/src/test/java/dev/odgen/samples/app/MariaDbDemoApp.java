package dev.odgen.samples.app;

import dev.odgen.samples.testdb.ScratchDatabase;

/**
 * A demo server of one test class's own over MariaDB: a scratch database with the demo practice, an ephemeral
 * port, no Database Events. Creating it aborts the test (with the reason printed) when no MariaDB answers.
 */
final class MariaDbDemoApp implements AutoCloseable {
  private final ScratchDatabase database;
  private final OpenDentalApp app;

  private MariaDbDemoApp(ScratchDatabase database, OpenDentalApp app) {
    this.database = database;
    this.app = app;
  }

  /** Starts one on a new scratch database named after {@code prefix}. */
  static MariaDbDemoApp start(String prefix) {
    ScratchDatabase database = ScratchDatabase.create(prefix);
    try {
      return new MariaDbDemoApp(database, OpenDentalApp.start(AppConfig.defaults().withHost("127.0.0.1").withPort(0)
          .withDatabase(database.url(), ScratchDatabase.USER, ScratchDatabase.PASSWORD)
          .withDemoData(DemoDataMode.ON).withEvents(EventsMode.OFF)
          .withDocumentStore(TestFolders.documentStore())));
    } catch (StartupException e) {
      database.close();
      throw new IllegalStateException("the MariaDB demo server did not start: " + e.getMessage(), e);
    }
  }

  OpenDentalApp app() {
    return app;
  }

  @Override
  public void close() {
    app.stop();
    database.close();
  }
}
