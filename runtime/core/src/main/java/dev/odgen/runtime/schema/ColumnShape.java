package dev.odgen.runtime.schema;

import java.sql.Types;
import java.util.Locale;

/**
 * What a column can hold, coarsely: a family of types and a capacity within it (bits of a whole number,
 * characters of text, 1 for date and 2 for date-time). Comparing shapes tells whether one column can take every
 * value of another, which is what widening means: a migration may widen a column, never narrow it.
 *
 * <p>Signedness is left out on purpose: Open Dental-shaped databases keep unsigned and signed tinyints side by
 * side, and both hold every value the API sends for its byte fields.
 *
 * @param family the kind of value
 * @param capacity how much of it fits; larger holds more
 * @param typeName how the database (or the dialect) names the type, for messages
 */
public record ColumnShape(Family family, long capacity, String typeName) {

  /** Kinds of column that hold the same kind of value; a value moves between members of one family only. */
  public enum Family {
    WHOLE_NUMBER,
    DECIMAL,
    TEXT,
    DATE,
    TIME,
    /** A type odgen does not generate (blob, json, ...): it never fits. */
    OTHER
  }

  /** Characters of a MariaDB {@code text}: more than any varchar odgen generates. */
  static final long TEXT_CHARACTERS = 65_535;

  /** The shape of {@code column} as {@code dialect} creates it. */
  public static ColumnShape of(Column column, Dialect dialect) {
    String type = dialect.columnDefinition(column).split(" NOT NULL| NULL| DEFAULT")[0];
    return switch (column.type()) {
      case ID, REF, LONG -> new ColumnShape(Family.WHOLE_NUMBER, 64, type);
      case INT, COLOR -> new ColumnShape(Family.WHOLE_NUMBER, 32, type);
      // H2 has no unsigned tinyint, so a byte takes a smallint there
      case BYTE -> new ColumnShape(Family.WHOLE_NUMBER, dialect == Dialect.H2 ? 16 : 8, type);
      case SIGNED_BYTE, BOOL, ENUM_ORDINAL -> new ColumnShape(Family.WHOLE_NUMBER, 8, type);
      case STRING, ENUM_NAME -> new ColumnShape(Family.TEXT, column.length(), type);
      case TEXT -> new ColumnShape(Family.TEXT, TEXT_CHARACTERS, type);
      case MONEY, DOUBLE -> new ColumnShape(Family.DECIMAL, 64, type);
      case FLOAT -> new ColumnShape(Family.DECIMAL, 32, type);
      case DATE -> new ColumnShape(Family.DATE, 1, type);
      case DATE_TIME, TIMESTAMP -> new ColumnShape(Family.DATE, 2, type);
      case TIME -> new ColumnShape(Family.TIME, 1, type);
    };
  }

  /**
   * The shape of an existing column from JDBC metadata ({@code DATA_TYPE}, {@code TYPE_NAME}, {@code
   * COLUMN_SIZE} of {@code DatabaseMetaData.getColumns}).
   */
  public static ColumnShape ofDatabase(int jdbcType, String typeName, long size) {
    String name = typeName == null ? "?" : typeName.toLowerCase(Locale.ROOT);
    String shown = switch (jdbcType) {
      case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR -> name + "(" + size + ")";
      default -> name;
    };
    return switch (jdbcType) {
      case Types.BIT, Types.BOOLEAN, Types.TINYINT -> new ColumnShape(Family.WHOLE_NUMBER, 8, shown);
      case Types.SMALLINT -> new ColumnShape(Family.WHOLE_NUMBER, name.contains("medium") ? 24 : 16, shown);
      case Types.INTEGER -> new ColumnShape(Family.WHOLE_NUMBER, name.contains("medium") ? 24 : 32, shown);
      case Types.BIGINT -> new ColumnShape(Family.WHOLE_NUMBER, 64, shown);
      case Types.REAL -> new ColumnShape(Family.DECIMAL, 32, shown);
      case Types.FLOAT -> new ColumnShape(Family.DECIMAL, name.startsWith("float") ? 32 : 64, shown);
      // a decimal holds what odgen's money and doubles hold (Open Dental keeps some amounts so)
      case Types.DOUBLE, Types.DECIMAL, Types.NUMERIC -> new ColumnShape(Family.DECIMAL, 64, shown);
      case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR -> new ColumnShape(Family.TEXT, size, shown);
      case Types.LONGVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB ->
          new ColumnShape(Family.TEXT, Math.max(size, TEXT_CHARACTERS), shown);
      case Types.DATE -> new ColumnShape(Family.DATE, 1, shown);
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> new ColumnShape(Family.DATE, 2, shown);
      case Types.TIME, Types.TIME_WITH_TIMEZONE -> new ColumnShape(Family.TIME, 1, shown);
      default -> new ColumnShape(Family.OTHER, 0, shown);
    };
  }

  /** True when this column can hold every value of {@code other}: same family, at least its capacity. */
  public boolean holds(ColumnShape other) {
    return family != Family.OTHER && family == other.family && capacity >= other.capacity;
  }

  /** True when this column can become {@code other} without losing a value: same family, less capacity. */
  public boolean widensTo(ColumnShape other) {
    return family != Family.OTHER && family == other.family && capacity < other.capacity;
  }
}
