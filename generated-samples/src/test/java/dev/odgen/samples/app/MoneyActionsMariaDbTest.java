package dev.odgen.samples.app;

import org.junit.jupiter.api.AfterAll;

/**
 * The money actions' tests again over MariaDB: a demo server of its own on a scratch database, dropped afterwards
 * (skipped, with the reason printed, when no MariaDB answers at 127.0.0.1:3306).
 */
class MoneyActionsMariaDbTest extends MoneyActionsTest {
  private static MariaDbDemoApp server;

  @Override
  OpenDentalApp app() {
    synchronized (MoneyActionsMariaDbTest.class) {
      if (server == null) {
        server = MariaDbDemoApp.start("money");
      }
      return server.app();
    }
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }
}
