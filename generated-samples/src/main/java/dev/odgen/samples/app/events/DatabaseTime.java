package dev.odgen.samples.app.events;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.jdbc.Rows;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The database's time, to the second. Polls are timed by it because the change stamps (DateTStamp) are the
 * database's: a clock of this process that runs ahead of the database's would skip rows changed in between.
 */
final class DatabaseTime {
  private DatabaseTime() {
  }

  /** The database's local date and time, truncated to the second (stamps are compared with >=, so none is lost). */
  static LocalDateTime now(Db db) {
    return db.queryOne("SELECT LOCALTIMESTAMP", List.of(), rs -> Rows.getDateTime(rs, 1))
        .orElseThrow(() -> new IllegalStateException("the database did not tell its time"))
        .truncatedTo(ChronoUnit.SECONDS);
  }
}
