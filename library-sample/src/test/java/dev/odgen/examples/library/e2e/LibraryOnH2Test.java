package dev.odgen.examples.library.e2e;

import com.zaxxer.hikari.HikariDataSource;
import dev.odgen.runtime.jdbc.DataSources;
import javax.sql.DataSource;

/** The library end to end over in-memory H2 (MySQL mode), the embedded default. */
class LibraryOnH2Test extends LibraryEndToEnd {

  private HikariDataSource database;

  @Override
  DataSource openDatabase() {
    database = DataSources.h2InMemory("library-e2e");
    return database;
  }

  @Override
  void dropDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
