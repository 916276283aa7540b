package dev.odgen.runtime.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.schema.Dialect;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhereTest {

  @Test
  void buildsConditionsAndParametersInOrder() {
    Where w = new Where(Dialect.MARIADB)
        .equalTo("PatNum", 42L)
        .startsWith("LName", "Sm_th%")
        .contains("Address", "Main")
        .atLeast("DateTStamp", LocalDateTime.of(2024, 5, 1, 10, 0))
        .atMost("Fee", 100)
        .onDate("AptDateTime", LocalDate.of(2024, 5, 2))
        .onOrBefore("ProcDate", LocalDate.of(2024, 5, 31))
        .in("ProvNum", List.of(1L, 2L))
        .raw("`PatStatus` <> ?", 2);
    assertEquals(
        " WHERE `PatNum` = ? AND `LName` LIKE ? ESCAPE '!' AND `Address` LIKE ? ESCAPE '!'"
            + " AND `DateTStamp` >= ? AND `Fee` <= ? AND (`AptDateTime` >= ? AND `AptDateTime` < ?)"
            + " AND `ProcDate` < ? AND `ProvNum` IN (?, ?) AND `PatStatus` <> ?",
        w.sql());
    assertEquals(
        List.of(42L, "Sm!_th!%%", "%Main%", LocalDateTime.of(2024, 5, 1, 10, 0), 100,
            LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 3), LocalDate.of(2024, 6, 1), 1L, 2L, 2),
        w.params());
  }

  @Test
  void h2MatchesCaseInsensitivelyWithUpper() {
    Where w = new Where(Dialect.H2).startsWith("LName", "sm");
    assertEquals(" WHERE UPPER(`LName`) LIKE UPPER(?) ESCAPE '!'", w.sql());
  }

  @Test
  void nullValuesAddNothing() {
    Where w = new Where(Dialect.H2).equalTo("PatNum", null).startsWith("LName", null).onDate("D", null);
    assertTrue(w.isEmpty());
    assertEquals("", w.sql());
    assertEquals(List.of(100, 0L), w.paramsWith(100, 0L));
  }

  @Test
  void emptyInMatchesNothing() {
    assertEquals(" WHERE 1 = 0", new Where(Dialect.H2).in("X", List.of()).sql());
  }
}
