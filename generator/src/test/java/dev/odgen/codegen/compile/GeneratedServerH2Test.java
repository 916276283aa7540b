package dev.odgen.codegen.compile;

import com.zaxxer.hikari.HikariDataSource;
import dev.odgen.runtime.jdbc.DataSources;
import javax.sql.DataSource;

/** The generated server over an in-memory H2 database (MySQL mode), the embedded default. */
class GeneratedServerH2Test extends GeneratedServerBehaviour {

  private HikariDataSource database;

  @Override
  DataSource openDatabase() {
    database = DataSources.h2InMemory("generated-server-test");
    return database;
  }

  @Override
  void closeDatabase() {
    if (database != null) {
      database.close();
    }
  }
}
