package dev.odgen.runtime.jdbc;

import dev.odgen.runtime.wire.WireEnum;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Binds statement parameters, and maps Java blanks to the values NOT NULL columns hold. Generated
 * DAOs pass entity values through the blank helpers, e.g. {@code Params.date(p.birthdate())},
 * so a {@code null} date is stored as {@code 0001-01-01}.
 */
public final class Params {
  /** What date columns hold for "no date". */
  public static final LocalDate NO_DATE = LocalDate.of(1, 1, 1);

  private Params() {}

  /** {@code date}, or {@link #NO_DATE} for {@code null}. */
  public static LocalDate date(LocalDate date) {
    return date == null ? NO_DATE : date;
  }

  /** {@code dateTime}, or {@link #NO_DATE} at midnight for {@code null}. */
  public static LocalDateTime dateTime(LocalDateTime dateTime) {
    return dateTime == null ? NO_DATE.atStartOfDay() : dateTime;
  }

  /** {@code time}, or midnight for {@code null}. */
  public static LocalTime time(LocalTime time) {
    return time == null ? LocalTime.MIDNIGHT : time;
  }

  /** {@code text}, or "" for {@code null}. */
  public static String text(String text) {
    return text == null ? "" : text;
  }

  /** {@code amount} rounded half-up to cents, or 0.00 for {@code null}. */
  public static BigDecimal money(BigDecimal amount) {
    return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP);
  }

  /** The member's name for {@link dev.odgen.runtime.schema.ColumnType#ENUM_NAME} columns, or "" for {@code null}. */
  public static String enumName(WireEnum value) {
    return value == null ? "" : value.wireName();
  }

  /** {@code amount} rounded half-up to cents, or {@code null} (SQL NULL) for {@code null}. */
  public static BigDecimal moneyOrNull(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** The member's name for an {@code ENUM_NAME} column, or {@code null} (SQL NULL) for {@code null}. */
  public static String enumNameOrNull(WireEnum value) {
    return value == null ? null : value.wireName();
  }

  /**
   * Binds {@code values} to {@code ps} from parameter 1 on. Booleans bind as 1/0, {@link
   * WireEnum}s as their stored value, java.time values as themselves, {@code null} as SQL NULL.
   */
  public static void bindAll(PreparedStatement ps, List<?> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      bind(ps, i + 1, values.get(i));
    }
  }

  /** Binds one value; see {@link #bindAll}. */
  public static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.NULL);
    } else if (value instanceof Boolean) {
      ps.setInt(index, ((Boolean) value) ? 1 : 0);
    } else if (value instanceof WireEnum) {
      ps.setInt(index, ((WireEnum) value).storedValue());
    } else if (value instanceof BigDecimal) {
      ps.setBigDecimal(index, (BigDecimal) value);
    } else {
      ps.setObject(index, value);
    }
  }
}
