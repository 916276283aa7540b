package dev.odgen.runtime.server;

import dev.odgen.runtime.jdbc.DataAccessException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains MariaDB/MySQL error 1364 ("Field 'X' doesn't have a default value"): a strict session refused a new row
 * because a NOT NULL column without a DEFAULT, one this server does not know, got no value. Open Dental creates its
 * columns that way; the fix is on the operator's side, so the answer says which column and what to do.
 */
final class NoDefaultRefusal {
  /** ER_NO_DEFAULT_FOR_FIELD. */
  static final int ERROR_CODE = 1364;

  private static final Pattern FIELD = Pattern.compile("Field '([^']+)' doesn't have a default value");
  private static final Pattern INSERT_INTO = Pattern.compile("^\\s*INSERT\\s+INTO\\s+`([^`]+)`", Pattern.CASE_INSENSITIVE);

  private NoDefaultRefusal() {}

  /** The explanation when {@code e} was caused by error 1364, else empty. */
  static Optional<String> explain(Throwable e) {
    String sql = null;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DataAccessException && sql == null) {
        sql = ((DataAccessException) t).sql().orElse(null);
      }
      if (t instanceof SQLException && ((SQLException) t).getErrorCode() == ERROR_CODE) {
        return Optional.of(text(column(t.getMessage()), table(sql)));
      }
    }
    return Optional.empty();
  }

  private static String text(String column, String table) {
    String where = table == null ? "column `" + column + "`" : "column `" + table + "`.`" + column + "`";
    return "the database refused the new row: " + where + " is NOT NULL without a DEFAULT, this server does not"
        + " write it, and the database session is in strict mode (sql_mode STRICT_TRANS_TABLES or STRICT_ALL_TABLES)."
        + " Fix: leave sql_mode out of the JDBC URL (the server then runs its sessions without strict mode, as Open"
        + " Dental does), or give the column a DEFAULT";
  }

  private static String column(String message) {
    Matcher m = FIELD.matcher(message == null ? "" : message);
    return m.find() ? m.group(1) : "?";
  }

  private static String table(String sql) {
    if (sql == null) {
      return null;
    }
    Matcher m = INSERT_INTO.matcher(sql);
    return m.find() ? m.group(1) : null;
  }
}
