package dev.odgen.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.jdbc.DataAccessException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Error 1364 from a strict MariaDB session is answered with the table, the column and the fix, not a bare 500. */
class NoDefaultRefusalTest {
  private static final String INSERT = "INSERT INTO `patient` (`LName`, `FName`) VALUES (?, ?)";

  private static DataAccessException failedInsert(SQLException cause) {
    return new DataAccessException(cause.getMessage() + " [SQL: " + INSERT + "]", INSERT, cause);
  }

  @Test
  void namesTheTableAndColumnAndTheFix() {
    SQLException refused = new SQLException("(conn=42) Field 'Title' doesn't have a default value", "HY000", 1364);
    ErrorMapper.Mapped mapped = ErrorMapper.map(failedInsert(refused), "POST", "/patients");
    assertEquals(500, mapped.status());
    assertTrue(mapped.text().contains("column `patient`.`Title` is NOT NULL without a DEFAULT"), mapped.text());
    assertTrue(mapped.text().contains("leave sql_mode out of the JDBC URL"), mapped.text());
  }

  @Test
  void withoutTheStatementItStillNamesTheColumn() {
    SQLException refused = new SQLException("Field 'Title' doesn't have a default value", "HY000", 1364);
    String text = ErrorMapper.map(new DataAccessException("failed", refused), "POST", "/patients").text();
    assertTrue(text.contains("column `Title` is NOT NULL"), text);
  }

  @Test
  void otherDatabaseErrorsStayInternal() {
    SQLException other = new SQLException("Data too long for column 'LName' at row 1", "22001", 1406);
    ErrorMapper.Mapped mapped = ErrorMapper.map(failedInsert(other), "POST", "/patients");
    assertEquals(500, mapped.status());
    assertTrue(mapped.text().startsWith("internal error (ref "), mapped.text());
  }
}
