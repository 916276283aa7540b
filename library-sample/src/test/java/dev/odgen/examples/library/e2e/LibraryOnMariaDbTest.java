package dev.odgen.examples.library.e2e;

import com.zaxxer.hikari.HikariDataSource;
import dev.odgen.runtime.jdbc.DataSources;
import javax.sql.DataSource;

/**
 * The library end to end over MariaDB at 127.0.0.1:3306 (or {@code -Dodgen.mariadb.server/user/password}), in a
 * database of its own that is dropped afterwards; skipped, saying why, when no MariaDB answers.
 */
class LibraryOnMariaDbTest extends LibraryEndToEnd {

  private ScratchDatabase scratch;
  private HikariDataSource pool;

  @Override
  DataSource openDatabase() {
    scratch = ScratchDatabase.create("library");
    pool = DataSources.forUrl(scratch.url(), ScratchDatabase.USER, ScratchDatabase.PASSWORD);
    return pool;
  }

  @Override
  void dropDatabase() {
    if (pool != null) {
      pool.close();
    }
    if (scratch != null) {
      scratch.close();
    }
  }
}
