package dev.odgen.samples.app.queries;

import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.StatusException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * What a failed query answers: the database refusing a write (a read-only transaction, a user without the right)
 * is the documented 401; a timeout or an SQL error is 400 with the database's own message.
 */
final class QueryErrors {
  private QueryErrors() {
  }

  static StatusException of(SQLException e, Duration timeout) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    int code = e.getErrorCode();
    // 25006: read-only transaction (MariaDB 1792); 42000 with 1142/1044: no privilege; H2 90096: not enough rights
    if (state.equals("25006") || code == 1792 || code == 1142 || code == 1044 || code == 90096
        || code == 1290 || code == 1227) {
      return new StatusException(401, "SqlCommand: the query is not read-only: " + e.getMessage(),
          List.of("SqlCommand"));
    }
    if (state.equals("57014") || code == 1969 || code == 3024 || code == 57014) {
      return new BadRequestException("SqlCommand: the query ran longer than " + timeout.toSeconds()
          + " seconds and was stopped", List.of("SqlCommand"));
    }
    return new BadRequestException("SqlCommand: " + e.getMessage(), List.of("SqlCommand"));
  }
}
