package dev.odgen.runtime.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.odgen.runtime.schema.Column;
import dev.odgen.runtime.schema.ColumnType;
import dev.odgen.runtime.schema.Dialect;
import dev.odgen.runtime.schema.TableDef;
import dev.odgen.runtime.testing.Gender;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same DAO-level behaviour on a real MariaDB (127.0.0.1:3306, user root, database test, or
 * -Dodgen.mariadb.url/user/password). Skipped with a visible message when none is reachable.
 */
class MariaDbTest {
  // A name of its own per run: the table lives in the shared database `test`, and two builds may run at once.
  private static final String TABLE =
      "odgen_rt_patient_" + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() & 0xFFFFFFFL);
  private static HikariDataSource dataSource;
  private static Db db;

  @BeforeAll
  static void connect() {
    String url = System.getProperty("odgen.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/test");
    dataSource = DataSources.forUrl(url, System.getProperty("odgen.mariadb.user", "root"),
        System.getProperty("odgen.mariadb.password", ""), new DataSources.PoolOptions(2, Duration.ofSeconds(2)));
    db = new Db(dataSource, Dialect.MARIADB);
    try {
      db.ping();
    } catch (DataAccessException e) {
      dataSource.close();
      System.out.println("MariaDbTest SKIPPED: no MariaDB at " + url + " (" + e.getMessage() + ")");
      Assumptions.abort("no MariaDB at " + url);
    }
    db.update("DROP TABLE IF EXISTS `" + TABLE + "`", List.of());
  }

  /** The URL the test uses, with {@code option} added to its query string. */
  private static String urlWith(String option) {
    String url = System.getProperty("odgen.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/test");
    return url + (url.contains("?") ? "&" : "?") + option;
  }

  @AfterAll
  static void cleanUp() {
    if (dataSource != null && !dataSource.isClosed()) {
      db.update("DROP TABLE IF EXISTS `" + TABLE + "`", List.of());
      dataSource.close();
    }
  }

  @Test
  void schemaRowsAndBlanks() {
    TableDef def = TableDef.of(TABLE, Column.id("PatNum"), Column.string("LName", 100), Column.ref("PriProv"),
        Column.of("Birthdate", ColumnType.DATE), Column.of("Gender", ColumnType.ENUM_ORDINAL),
        Column.of("Pos", ColumnType.BYTE), Column.of("DateTStamp", ColumnType.TIMESTAMP));
    SchemaManager schema = new SchemaManager(dataSource, Dialect.MARIADB);
    assertEquals(List.of(TABLE), schema.ensure(List.of(def)).created());
    assertEquals(List.of(TABLE), schema.ensure(List.of(def)).existing());

    long id = db.insert("INSERT INTO `" + TABLE + "` (`LName`, `Birthdate`, `Gender`, `Pos`) VALUES (?, ?, ?, ?)",
        List.of("smith", LocalDate.of(1976, 3, 14), Gender.FEMALE, 200));
    db.insert("INSERT INTO `" + TABLE + "` (`LName`, `Birthdate`, `Gender`) VALUES (?, ?, ?)",
        List.of("Jones", Params.date(null), Gender.MALE));
    Where w = new Where(Dialect.MARIADB).startsWith("LName", "SM");
    List<String> rows = db.query("SELECT * FROM `" + TABLE + "`" + w.sql(), w.params(), rs ->
        Rows.getLong(rs, "PatNum") + " " + Rows.getDate(rs, "Birthdate") + " " + Rows.getEnum(rs, "Gender", Gender.class)
            + " " + Rows.getInt(rs, "Pos"));
    assertEquals(List.of(id + " 1976-03-14 FEMALE 200"), rows);
    assertNull(db.query("SELECT `Birthdate` FROM `" + TABLE + "` WHERE `LName` = ?", List.of("Jones"),
        rs -> Rows.getDate(rs, "Birthdate")).get(0));

    // a zero date written by an old client reads as no date
    LocalDate zero = db.inTransaction(tx -> {
      tx.update("SET SESSION sql_mode = ''", List.of());
      tx.update("UPDATE `" + TABLE + "` SET `Birthdate` = '0000-00-00' WHERE `LName` = 'Jones'", List.of());
      return tx.query("SELECT `Birthdate` FROM `" + TABLE + "` WHERE `LName` = ?", List.of("Jones"),
          rs -> Rows.getDate(rs, "Birthdate")).get(0);
    });
    assertNull(zero);
    LocalDateTime zeroTime = db.inTransaction(tx -> {
      tx.update("SET SESSION sql_mode = ''", List.of());
      return tx.query("SELECT CAST('0000-00-00 00:00:00' AS DATETIME) AS `Seen`", List.of(),
          rs -> Rows.getDateTime(rs, "Seen")).get(0);
    });
    assertNull(zeroTime);

    TableDef wider = TableDef.of(TABLE, Column.id("PatNum"), Column.string("FName", 100));
    var e = assertThrows(SchemaMismatchException.class, () -> schema.ensure(List.of(wider)));
    assertEquals("table '" + TABLE + "' has no column 'FName' (varchar(100))", e.getMessage().lines().findFirst().orElse(""));
  }

  @Test
  void sessionsRunWithoutStrictModeUnlessTheUrlSetsSqlMode() {
    String url = System.getProperty("odgen.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/test");
    String user = System.getProperty("odgen.mariadb.user", "root");
    String password = System.getProperty("odgen.mariadb.password", "");
    DataSources.PoolOptions one = new DataSources.PoolOptions(1, Duration.ofSeconds(2));
    try (HikariDataSource lax = DataSources.forUrl(url, user, password, one);
        HikariDataSource own = DataSources.forUrl(urlWith("sessionVariables=sql_mode=STRICT_ALL_TABLES"), user, password,
            one)) {
      List<String> sessionAndGlobal = new Db(lax, Dialect.MARIADB).queryOne(
          "SELECT @@SESSION.sql_mode, @@GLOBAL.sql_mode", List.of(), rs -> List.of(rs.getString(1), rs.getString(2)))
          .orElseThrow();
      List<String> session = modes(sessionAndGlobal.get(0));
      assertTrue(session.stream().noneMatch(m -> m.startsWith("STRICT_")), "strict: " + session);
      List<String> kept = modes(sessionAndGlobal.get(1)).stream().filter(m -> !m.startsWith("STRICT_")).toList();
      assertTrue(session.containsAll(kept), "the server's other modes " + kept + " are kept: " + session);
      assertEquals("STRICT_ALL_TABLES", new Db(own, Dialect.MARIADB).query("SELECT @@SESSION.sql_mode", List.of(),
          rs -> rs.getString(1)).get(0));
    }
  }

  private static List<String> modes(String sqlMode) {
    return Stream.of(sqlMode.split(",")).filter(m -> !m.isEmpty()).toList();
  }
}
