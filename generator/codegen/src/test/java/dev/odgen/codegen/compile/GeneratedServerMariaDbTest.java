package dev.odgen.codegen.compile;

import com.zaxxer.hikari.HikariDataSource;
import dev.odgen.runtime.jdbc.DataAccessException;
import dev.odgen.runtime.jdbc.DataSources;
import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.schema.Dialect;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * The generated server over a real MariaDB (127.0.0.1:3306, user root, or -Dodgen.mariadb.server/user/password),
 * in a database of its own that is dropped afterwards. Skipped with a visible message when none is reachable.
 */
class GeneratedServerMariaDbTest extends GeneratedServerBehaviour {

  private final String server = System.getProperty("odgen.mariadb.server", "jdbc:mariadb://127.0.0.1:3306/");
  private final String user = System.getProperty("odgen.mariadb.user", "root");
  private final String password = System.getProperty("odgen.mariadb.password", "");
  private final String schema = "odgen_server_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFL);
  private HikariDataSource database;

  @Override
  DataSource openDatabase() {
    try (HikariDataSource admin = pool("")) {
      new Db(admin, Dialect.MARIADB).update("CREATE DATABASE `" + schema + "`", List.of());
    } catch (DataAccessException e) {
      System.out.println("GeneratedServerMariaDbTest SKIPPED: no MariaDB at " + server + " (" + e.getMessage() + ")");
      Assumptions.abort("no MariaDB at " + server);
    }
    database = pool(schema);
    return database;
  }

  @Override
  void closeDatabase() {
    if (database == null) {
      return;
    }
    database.close();
    try (HikariDataSource admin = pool("")) {
      new Db(admin, Dialect.MARIADB).update("DROP DATABASE IF EXISTS `" + schema + "`", List.of());
    }
  }

  private HikariDataSource pool(String database) {
    return DataSources.forUrl(server + database, user, password, new DataSources.PoolOptions(4, Duration.ofSeconds(2)));
  }
}
