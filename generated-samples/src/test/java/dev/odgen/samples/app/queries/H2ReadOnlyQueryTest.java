package dev.odgen.samples.app.queries;

import java.util.concurrent.ThreadLocalRandom;

/** The read-only proof on H2 (in memory, MySQL mode as the server runs it). */
class H2ReadOnlyQueryTest extends ReadOnlyQueryContract {
  private final String url = "jdbc:h2:mem:readonly" + ThreadLocalRandom.current().nextInt(1_000_000)
      + ";DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE";

  @Override
  String url() {
    return url;
  }

  @Override
  String user() {
    return "sa";
  }

  @Override
  String password() {
    return "";
  }

  @Override
  String backend() {
    return "H2";
  }

  @Override
  String slowQuery() {
    // ten billion pairs; the range's column is "X" (quoted: unquoted names are lower-cased here)
    return "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 100000) a, SYSTEM_RANGE(1, 100000) b"
        + " WHERE MOD(a.\"X\" + b.\"X\", 7) = 3";
  }
}
