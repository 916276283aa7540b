package dev.odgen.runtime.jdbc;

import dev.odgen.runtime.wire.WireEnum;
import dev.odgen.runtime.wire.WireEnums;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Reads columns of the current row, by 1-based position (what generated row mappers use: a driver
 * looks a label up on every call) or by label, mapping blanks the same way everywhere: NULL strings
 * are "", NULL numbers 0, and NULL, {@code 0001-01-01} and MariaDB's zero date {@code 0000-00-00}
 * are a {@code null} date. Generated row mappers call one method per column. Columns that hold NULL
 * for an absent value (a spec with {@code blanks: null}) are read with the {@code ...OrNull} methods,
 * which give {@code null} for NULL.
 */
public final class Rows {
  private Rows() {}

  /** A whole number, or {@code null} for NULL. */
  public static Long getLongOrNull(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  public static Long getLongOrNull(ResultSet rs, String column) throws SQLException {
    return getLongOrNull(rs, rs.findColumn(column));
  }

  /** A whole number, or {@code null} for NULL. */
  public static Integer getIntOrNull(ResultSet rs, int column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  public static Integer getIntOrNull(ResultSet rs, String column) throws SQLException {
    return getIntOrNull(rs, rs.findColumn(column));
  }

  /** Any non-zero value is true; {@code null} for NULL. */
  public static Boolean getBoolOrNull(ResultSet rs, int column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value != 0;
  }

  public static Boolean getBoolOrNull(ResultSet rs, String column) throws SQLException {
    return getBoolOrNull(rs, rs.findColumn(column));
  }

  /** Text, or {@code null} for NULL. */
  public static String getStringOrNull(ResultSet rs, int column) throws SQLException {
    return rs.getString(column);
  }

  public static String getStringOrNull(ResultSet rs, String column) throws SQLException {
    return getStringOrNull(rs, rs.findColumn(column));
  }

  /** Money rounded half-up to cents, or {@code null} for NULL. */
  public static BigDecimal getMoneyOrNull(ResultSet rs, int column) throws SQLException {
    double d = rs.getDouble(column);
    return rs.wasNull() ? null : BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP);
  }

  public static BigDecimal getMoneyOrNull(ResultSet rs, String column) throws SQLException {
    return getMoneyOrNull(rs, rs.findColumn(column));
  }

  /** A double, or {@code null} for NULL. */
  public static Double getDoubleOrNull(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }

  public static Double getDoubleOrNull(ResultSet rs, String column) throws SQLException {
    return getDoubleOrNull(rs, rs.findColumn(column));
  }

  /** A float, or {@code null} for NULL. */
  public static Float getFloatOrNull(ResultSet rs, int column) throws SQLException {
    float value = rs.getFloat(column);
    return rs.wasNull() ? null : value;
  }

  public static Float getFloatOrNull(ResultSet rs, String column) throws SQLException {
    return getFloatOrNull(rs, rs.findColumn(column));
  }

  /** An enum stored as its stored value, or {@code null} for NULL; see {@link #getEnum(ResultSet, int, Class)}. */
  public static <E extends WireEnum> E getEnumOrNull(ResultSet rs, int column, Class<E> type)
      throws SQLException {
    rs.getInt(column);
    return rs.wasNull() ? null : getEnum(rs, column, type);
  }

  public static <E extends WireEnum> E getEnumOrNull(ResultSet rs, String column, Class<E> type)
      throws SQLException {
    return getEnumOrNull(rs, rs.findColumn(column), type);
  }

  public static long getLong(ResultSet rs, int column) throws SQLException {
    return rs.getLong(column);
  }

  public static long getLong(ResultSet rs, String column) throws SQLException {
    return getLong(rs, rs.findColumn(column));
  }

  public static int getInt(ResultSet rs, int column) throws SQLException {
    return rs.getInt(column);
  }

  public static int getInt(ResultSet rs, String column) throws SQLException {
    return getInt(rs, rs.findColumn(column));
  }

  /** Any non-zero value is true. */
  public static boolean getBool(ResultSet rs, int column) throws SQLException {
    return rs.getInt(column) != 0;
  }

  public static boolean getBool(ResultSet rs, String column) throws SQLException {
    return getBool(rs, rs.findColumn(column));
  }

  public static String getString(ResultSet rs, int column) throws SQLException {
    String s = rs.getString(column);
    return s == null ? "" : s;
  }

  public static String getString(ResultSet rs, String column) throws SQLException {
    return getString(rs, rs.findColumn(column));
  }

  /** A double column as money: rounded half-up to cents. */
  public static BigDecimal getMoney(ResultSet rs, int column) throws SQLException {
    double d = rs.getDouble(column);
    return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP);
  }

  public static BigDecimal getMoney(ResultSet rs, String column) throws SQLException {
    return getMoney(rs, rs.findColumn(column));
  }

  public static double getDouble(ResultSet rs, int column) throws SQLException {
    return rs.getDouble(column);
  }

  public static double getDouble(ResultSet rs, String column) throws SQLException {
    return getDouble(rs, rs.findColumn(column));
  }

  public static float getFloat(ResultSet rs, int column) throws SQLException {
    return rs.getFloat(column);
  }

  public static float getFloat(ResultSet rs, String column) throws SQLException {
    return getFloat(rs, rs.findColumn(column));
  }

  /** An ARGB colour. */
  public static int getColor(ResultSet rs, int column) throws SQLException {
    return rs.getInt(column);
  }

  public static int getColor(ResultSet rs, String column) throws SQLException {
    return getColor(rs, rs.findColumn(column));
  }

  /** A date, or {@code null} for NULL, {@code 0001-01-01} and {@code 0000-00-00}. */
  public static LocalDate getDate(ResultSet rs, int column) throws SQLException {
    LocalDate d;
    try {
      d = rs.getObject(column, LocalDate.class);
    } catch (SQLException | DateTimeException e) {
      // a driver may refuse to convert MariaDB's zero date; only then is the text worth reading
      if (isBlankDate(rs.getString(column))) {
        return null;
      }
      throw e;
    }
    return d == null || d.equals(Params.NO_DATE) ? null : d;
  }

  public static LocalDate getDate(ResultSet rs, String column) throws SQLException {
    return getDate(rs, rs.findColumn(column));
  }

  /**
   * A date-time, or {@code null} for NULL and blank dates ({@code 0001-01-01 00:00:00}, {@code
   * 0000-00-00 00:00:00}).
   */
  public static LocalDateTime getDateTime(ResultSet rs, int column) throws SQLException {
    LocalDateTime d;
    try {
      d = rs.getObject(column, LocalDateTime.class);
    } catch (SQLException | DateTimeException e) {
      if (isBlankDate(rs.getString(column))) {
        return null;
      }
      throw e;
    }
    return d == null || d.equals(Params.NO_DATE.atStartOfDay()) ? null : d;
  }

  public static LocalDateTime getDateTime(ResultSet rs, String column) throws SQLException {
    return getDateTime(rs, rs.findColumn(column));
  }

  /** A time of day, or {@code null} for NULL. */
  public static LocalTime getTime(ResultSet rs, int column) throws SQLException {
    return rs.getString(column) == null ? null : rs.getObject(column, LocalTime.class);
  }

  public static LocalTime getTime(ResultSet rs, String column) throws SQLException {
    return getTime(rs, rs.findColumn(column));
  }

  /**
   * An enum stored as its stored value.
   *
   * @throws SQLException when the column holds a value the enum does not have, naming the column
   *     and the enum, e.g. a row written by a newer version of the application
   */
  public static <E extends WireEnum> E getEnum(ResultSet rs, int column, Class<E> type)
      throws SQLException {
    int value = rs.getInt(column);
    E member = WireEnums.byStoredValue(type, value).orElse(null);
    if (member == null) {
      throw new SQLException(
          "column " + label(rs, column) + " holds " + value + ", which is not a value of " + type.getSimpleName());
    }
    return member;
  }

  public static <E extends WireEnum> E getEnum(ResultSet rs, String column, Class<E> type)
      throws SQLException {
    return getEnum(rs, rs.findColumn(column), type);
  }

  /** An enum stored as its name; {@code null} for "" or NULL. */
  public static <E extends WireEnum> E getEnumByName(ResultSet rs, int column, Class<E> type)
      throws SQLException {
    String name = rs.getString(column);
    if (name == null || name.isEmpty()) {
      return null;
    }
    E member = WireEnums.byName(type, name).orElse(null);
    if (member == null) {
      throw new SQLException(
          "column " + label(rs, column) + " holds '" + name + "', which is not a member of " + type.getSimpleName());
    }
    return member;
  }

  public static <E extends WireEnum> E getEnumByName(ResultSet rs, String column, Class<E> type)
      throws SQLException {
    return getEnumByName(rs, rs.findColumn(column), type);
  }

  private static boolean isBlankDate(String text) {
    return text == null || text.startsWith("0000-00-00");
  }

  /** The column's label, for messages. */
  private static String label(ResultSet rs, int column) throws SQLException {
    return rs.getMetaData().getColumnLabel(column);
  }
}
