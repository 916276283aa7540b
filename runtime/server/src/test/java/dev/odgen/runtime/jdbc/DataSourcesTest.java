package dev.odgen.runtime.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which pools get their sessions' strict mode turned off (MariaDB/MySQL ones whose URL does not set sql_mode) and
 * server-side prepared statements, and how large a pool is by default.
 */
class DataSourcesTest {
  @Test
  void mariaDbAndMySqlSessionsDropStrictMode() {
    assertEquals(Optional.of(DataSources.NON_STRICT_SESSION),
        DataSources.sessionInitSql("jdbc:mariadb://127.0.0.1:3306/dental"));
    assertEquals(Optional.of(DataSources.NON_STRICT_SESSION),
        DataSources.sessionInitSql("jdbc:mysql://db.example/dental?useSSL=false"));
  }

  @Test
  void aUrlThatSetsSqlModeKeepsIt() {
    assertEquals(Optional.empty(),
        DataSources.sessionInitSql("jdbc:mariadb://127.0.0.1:3306/dental?sessionVariables=sql_mode=STRICT_ALL_TABLES"));
    assertEquals(Optional.empty(),
        DataSources.sessionInitSql("jdbc:mysql://db/dental?sessionVariables=SQL_MODE='TRADITIONAL'"));
  }

  @Test
  void h2IsLeftAlone() {
    assertEquals(Optional.empty(), DataSources.sessionInitSql("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1"));
    assertEquals(Map.of(), DataSources.driverProperties("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1"));
  }

  @Test
  void mariaDbStatementsArePreparedOnTheServerAndCached() {
    assertEquals(Map.of("useServerPrepStmts", "true", "cachePrepStmts", "true"),
        DataSources.driverProperties("jdbc:mariadb://127.0.0.1:3306/dental"));
  }

  @Test
  void aUrlThatSetsStatementOptionsKeepsThem() {
    assertEquals(Map.of("cachePrepStmts", "true"),
        DataSources.driverProperties("jdbc:mariadb://127.0.0.1:3306/dental?useServerPrepStmts=false"));
    assertEquals(Map.of(),
        DataSources.driverProperties("jdbc:mariadb://db/dental?cachePrepStmts=false&useServerPrepStmts=false"));
  }

  @Test
  void thePoolIsFittedToTheCores() {
    int cores = Runtime.getRuntime().availableProcessors();
    assertEquals(Math.min(10, 2 * cores + 1), DataSources.PoolOptions.defaults().maxPoolSize());
  }
}
