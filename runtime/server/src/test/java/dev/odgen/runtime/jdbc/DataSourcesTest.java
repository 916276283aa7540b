package dev.odgen.runtime.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which pools get their sessions' strict mode turned off: MariaDB/MySQL ones whose URL does not set sql_mode. */
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
  }
}
