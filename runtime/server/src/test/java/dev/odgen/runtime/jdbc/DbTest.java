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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DbTest {
  private final H2Fixture h2 = new H2Fixture();

  /** A row the way a generated entity would hold it. */
  record Patient(long patNum, String lName, LocalDate birthdate, LocalDateTime seen, LocalTime start,
      BigDecimal fee, boolean active, Gender gender, LocalDateTime stamp) {}

  private static Patient read(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Patient(
        Rows.getLong(rs, "PatNum"), Rows.getString(rs, "LName"), Rows.getDate(rs, "Birthdate"),
        Rows.getDateTime(rs, "Seen"), Rows.getTime(rs, "StartTime"), Rows.getMoney(rs, "Fee"),
        Rows.getBool(rs, "IsActive"), Rows.getEnum(rs, "Gender", Gender.class), Rows.getDateTime(rs, "DateTStamp"));
  }

  private static final String INSERT =
      "INSERT INTO `patient` (`LName`, `Birthdate`, `Seen`, `StartTime`, `Fee`, `IsActive`, `Gender`)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";

  @BeforeEach
  void schema() {
    new SchemaManager(h2.dataSource, Dialect.H2).ensure(List.of(TableDef.of("patient",
        Column.id("PatNum"), Column.string("LName", 100), Column.of("Birthdate", ColumnType.DATE),
        Column.of("Seen", ColumnType.DATE_TIME), Column.of("StartTime", ColumnType.TIME),
        Column.of("Fee", ColumnType.MONEY), Column.of("IsActive", ColumnType.BOOL),
        Column.of("Gender", ColumnType.ENUM_ORDINAL), Column.of("DateTStamp", ColumnType.TIMESTAMP))));
  }

  @AfterEach
  void close() {
    h2.close();
  }

  @Test
  void insertReturnsKeyAndRowsReadBack() {
    long id = h2.db.insert(INSERT, List.of("Smith", LocalDate.of(1976, 3, 14), LocalDateTime.of(2024, 5, 1, 9, 30),
        LocalTime.of(8, 0), new BigDecimal("12.5"), true, Gender.OTHER));
    long id2 = h2.db.insert(INSERT, List.of("Jones", Params.date(null), Params.dateTime(null), Params.time(null),
        Params.money(null), false, Gender.MALE));
    assertEquals(id + 1, id2);
    Patient p = h2.db.queryOne("SELECT * FROM `patient` WHERE `PatNum` = ?", List.of(id), DbTest::read).orElseThrow();
    assertEquals("Smith", p.lName());
    assertEquals(LocalDate.of(1976, 3, 14), p.birthdate());
    assertEquals(LocalDateTime.of(2024, 5, 1, 9, 30), p.seen());
    assertEquals(LocalTime.of(8, 0), p.start());
    assertEquals(new BigDecimal("12.50"), p.fee());
    assertTrue(p.active());
    assertEquals(Gender.OTHER, p.gender());
    assertTrue(p.stamp() != null, "the database keeps the timestamp");

    Patient blank = h2.db.queryOne("SELECT * FROM `patient` WHERE `PatNum` = ?", List.of(id2), DbTest::read).orElseThrow();
    assertNull(blank.birthdate(), "0001-01-01 reads as no date");
    assertNull(blank.seen());
    assertEquals(new BigDecimal("0.00"), blank.fee());
    assertEquals(Optional.empty(), h2.db.queryOne("SELECT * FROM `patient` WHERE `PatNum` = ?", List.of(999L), DbTest::read));
  }

  @Test
  void nullsReadAsBlanks() {
    h2.db.update("CREATE TABLE loose (S varchar(10), D date, T datetime, N bigint)", List.of());
    h2.db.update("INSERT INTO loose VALUES (?, ?, ?, ?)", Arrays.asList(null, null, null, null));
    List<String> got = h2.db.query("SELECT * FROM loose", List.of(), rs ->
        "[" + Rows.getString(rs, "S") + "] " + Rows.getDate(rs, "D") + " " + Rows.getDateTime(rs, "T") + " "
            + Rows.getLong(rs, "N"));
    assertEquals(List.of("[] null null 0"), got);
  }

  @Test
  void filtersWithWhereAndPages() {
    for (String name : List.of("Smith", "smythe", "Jones", "Sm_x")) {
      h2.db.insert(INSERT, List.of(name, Params.date(null), LocalDateTime.of(2024, 5, 2, 10, 0), Params.time(null),
          Params.money(null), true, Gender.MALE));
    }
    Where w = new Where(Dialect.H2).startsWith("LName", "SM").onDate("Seen", LocalDate.of(2024, 5, 2));
    List<String> names = h2.db.query("SELECT `LName` FROM `patient`" + w.sql() + " ORDER BY `PatNum`"
        + Dialect.H2.limitOffset(), w.paramsWith(10, 0), rs -> rs.getString(1));
    assertEquals(List.of("Smith", "smythe", "Sm_x"), names);
    Where literal = new Where(Dialect.H2).startsWith("LName", "Sm_");
    assertEquals(List.of("Sm_x"), h2.db.query("SELECT `LName` FROM `patient`" + literal.sql(), literal.params(),
        rs -> rs.getString(1)));
    assertEquals(List.of("smythe"), h2.db.query("SELECT `LName` FROM `patient` ORDER BY `PatNum`"
        + Dialect.H2.limitOffset(), List.of(1, 1), rs -> rs.getString(1)));
  }

  @Test
  void transactionsRollBackOnFailure() {
    assertThrows(IllegalStateException.class, () -> h2.db.inTransaction(tx -> {
      tx.insert(INSERT, List.of("Gone", Params.date(null), Params.dateTime(null), Params.time(null),
          Params.money(null), true, Gender.MALE));
      throw new IllegalStateException("stop");
    }));
    assertEquals(List.of(0L), h2.db.query("SELECT COUNT(*) FROM `patient`", List.of(), rs -> rs.getLong(1)));
  }

  @Test
  void callsOnTheSameDbFromTheThreadJoinTheTransaction() {
    // a DAO holds the Db it was built with, not the one inTransaction hands out: its calls must join too
    assertThrows(IllegalStateException.class, () -> h2.db.inTransaction(tx -> {
      h2.db.insert(INSERT, List.of("Joined", Params.date(null), Params.dateTime(null), Params.time(null),
          Params.money(null), true, Gender.MALE));
      assertTrue(h2.db.isInTransaction());
      h2.db.inTransaction(inner -> inner.update("UPDATE `patient` SET `LName` = 'Inner'", List.of()));
      throw new IllegalStateException("stop");
    }));
    assertEquals(List.of(0L), h2.db.query("SELECT COUNT(*) FROM `patient`", List.of(), rs -> rs.getLong(1)));
    assertTrue(!h2.db.isInTransaction());
  }

  @Test
  void whileTheDatabaseIsDownCallsFailAtOnceUntilAProbeReachesIt() throws Exception {
    FlakyDataSource flaky = new FlakyDataSource(h2.dataSource);
    Db db = new Db(flaky, Dialect.H2);
    flaky.down = true;
    var first = assertThrows(DatabaseUnavailableException.class, db::ping);
    assertTrue(!(first instanceof DatabaseDownException), "the first call found out the hard way");
    int asked = flaky.calls.get();
    var fast = assertThrows(DatabaseDownException.class, () -> db.query("SELECT 1", List.of(), rs -> 1));
    assertTrue(fast.getMessage().startsWith("the database has not answered since"), fast.getMessage());
    // the probe may have asked in between; the refused call itself asked nothing
    assertTrue(flaky.calls.get() - asked <= 1, "calls while down wait for no connection");
    flaky.down = false;
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      try {
        db.ping();
        return;
      } catch (DatabaseDownException e) {
        Thread.sleep(50);
      }
    }
    throw new AssertionError("the probe never found the database back");
  }

  @Test
  void sqlErrorsAreDataAccessExceptions() {
    var e = assertThrows(DataAccessException.class, () -> h2.db.update("SELECT nonsense FROM nowhere", List.of()));
    assertTrue(e.getMessage().contains("[SQL: SELECT nonsense FROM nowhere]"), e.getMessage());
    assertTrue(!(e instanceof DatabaseUnavailableException));
  }

  @Test
  void unreachableDatabaseIsUnavailable() {
    try (HikariDataSource ds = DataSources.forUrl("jdbc:mariadb://127.0.0.1:1/none", "u", "p",
        new DataSources.PoolOptions(1, Duration.ofMillis(300)))) {
      Db db = new Db(ds, Dialect.MARIADB);
      assertThrows(DatabaseUnavailableException.class, db::ping);
      assertThrows(DatabaseUnavailableException.class, () -> db.query("SELECT 1", List.of(), rs -> 1));
    }
  }
}
