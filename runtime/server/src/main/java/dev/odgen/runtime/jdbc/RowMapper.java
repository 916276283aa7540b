package dev.odgen.runtime.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns the current row of a result set into a value, usually with {@link Rows} helpers. */
@FunctionalInterface
public interface RowMapper<T> {
  T map(ResultSet row) throws SQLException;
}
