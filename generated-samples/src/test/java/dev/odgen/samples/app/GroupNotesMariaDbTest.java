package dev.odgen.samples.app;

import org.junit.jupiter.api.AfterAll;

/**
 * The group-note tests again over MariaDB: a demo server of its own on a scratch database, dropped afterwards
 * (skipped, with the reason printed, when no MariaDB answers at 127.0.0.1:3306).
 */
class GroupNotesMariaDbTest extends GroupNotesTest {
  private static MariaDbDemoApp server;

  @Override
  OpenDentalApp app() {
    synchronized (GroupNotesMariaDbTest.class) {
      if (server == null) {
        server = MariaDbDemoApp.start("groupnotes");
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
