package dev.odgen.samples.app.queries;

import dev.odgen.samples.testdb.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;

/** The read-only proof on MariaDB, in a scratch database dropped afterwards (skipped when none answers). */
class MariaDbReadOnlyQueryTest extends ReadOnlyQueryContract {
  private final ScratchDatabase scratch = ScratchDatabase.create("readonly");

  @AfterAll
  void drop() {
    scratch.close();
  }

  @Override
  String url() {
    return scratch.url();
  }

  @Override
  String user() {
    return ScratchDatabase.USER;
  }

  @Override
  String password() {
    return ScratchDatabase.PASSWORD;
  }

  @Override
  String backend() {
    return "MariaDB";
  }

  @Override
  String slowQuery() {
    return "SELECT COUNT(*) FROM information_schema.columns a, information_schema.columns b,"
        + " information_schema.columns c WHERE a.ORDINAL_POSITION + b.ORDINAL_POSITION = c.ORDINAL_POSITION + 999";
  }
}
