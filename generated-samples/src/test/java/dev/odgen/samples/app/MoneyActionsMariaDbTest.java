package dev.odgen.samples.app;

import dev.odgen.samples.testdb.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;

/**
 * The money actions' tests again over MariaDB: a demo server of its own on a scratch database, dropped afterwards
 * (skipped, with the reason printed, when no MariaDB answers at 127.0.0.1:3306).
 */
class MoneyActionsMariaDbTest extends MoneyActionsTest {
  private static ScratchDatabase database;
  private static OpenDentalApp app;

  @Override
  OpenDentalApp app() {
    synchronized (MoneyActionsMariaDbTest.class) {
      if (app == null) {
        database = ScratchDatabase.create("money");
        try {
          app = OpenDentalApp.start(AppConfig.defaults().withHost("127.0.0.1").withPort(0)
              .withDatabase(database.url(), ScratchDatabase.USER, ScratchDatabase.PASSWORD)
              .withDemoData(DemoDataMode.ON).withEvents(EventsMode.OFF)
              .withDocumentStore(TestFolders.documentStore()));
        } catch (StartupException e) {
          throw new IllegalStateException("the MariaDB demo server did not start: " + e.getMessage(), e);
        }
      }
      return app;
    }
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.stop();
    }
    if (database != null) {
      database.close();
    }
  }
}
