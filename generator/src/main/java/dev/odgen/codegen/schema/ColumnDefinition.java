package dev.odgen.codegen.schema;

import dev.odgen.spec.model.EnumMember;
import dev.odgen.spec.model.EnumStorage;
import dev.odgen.spec.model.Field;
import java.util.Optional;

/**
 * The SQL of one column, following Open Dental's own generator (TYPES.md): every column NOT NULL with its
 * blank value as default, the id a {@code bigint auto_increment} primary key, a database-kept
 * {@code timestamp} for {@code DateTStamp}-like fields.
 *
 * @param name the column name
 * @param sqlType e.g. {@code bigint}, {@code varchar(255)}, {@code tinyint unsigned}
 * @param constraints what follows the type, e.g. {@code NOT NULL DEFAULT ''}
 * @param indexed true for bigint columns other than the key: Open Dental indexes each (they are references)
 */
record ColumnDefinition(String name, String sqlType, String constraints, boolean indexed) {

  /** {@code `PatNum` bigint NOT NULL DEFAULT 0}. */
  String render() {
    return Sql.quote(name) + " " + sqlType + " " + constraints;
  }

  static ColumnDefinition primaryKey(Field id) {
    return new ColumnDefinition(columnOf(id), "bigint", "NOT NULL auto_increment PRIMARY KEY", false);
  }

  /**
   * The column of a non-key field; {@code enumRange} gives the enum's stored values so that enums whose
   * values do not fit a tinyint (flag sets such as 128, 256, ...) get a wider column.
   */
  static ColumnDefinition of(Field field, Optional<IntRange> enumRange) {
    String column = columnOf(field);
    return switch (field.kind()) {
      case ID, REF, LONG -> new ColumnDefinition(column, "bigint", "NOT NULL DEFAULT 0", true);
      case INT, COLOR -> plain(column, "int", "0");
      case BYTE -> plain(column, field.signed() ? "tinyint" : "tinyint unsigned", "0");
      case BOOL -> plain(column, "tinyint", "0");
      case STRING -> plain(column, "varchar(" + field.type().maxLength() + ")", "''");
      case TEXT -> new ColumnDefinition(column, "text", "NOT NULL", false);
      case MONEY, DOUBLE -> plain(column, "double", "0");
      case FLOAT -> plain(column, "float", "0");
      case DATE -> plain(column, "date", "'0001-01-01'");
      case DATE_TIME -> plain(column, "datetime", "'0001-01-01 00:00:00'");
      case TIME -> plain(column, "time", "'00:00:00'");
      case TIMESTAMP -> new ColumnDefinition(
          column, "timestamp", "NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP", false);
      case ENUM -> field.storeAs() == EnumStorage.NAME
          ? plain(column, "varchar(255)", "''")
          : plain(column, enumRange.map(IntRange::sqlType).orElse("tinyint"), "0");
      case MODEL -> throw new IllegalArgumentException("field '" + field.name() + "' of type model cannot be a column");
    };
  }

  private static ColumnDefinition plain(String column, String sqlType, String blank) {
    return new ColumnDefinition(column, sqlType, "NOT NULL DEFAULT " + blank, false);
  }

  private static String columnOf(Field field) {
    return field.column().orElseThrow(() -> new IllegalArgumentException("field '" + field.name() + "' has no column"));
  }

  /** The smallest and largest stored value of an enum, and the narrowest integer column that holds both. */
  record IntRange(int min, int max) {

    static IntRange of(Iterable<EnumMember> members) {
      int min = 0;
      int max = 0;
      for (EnumMember member : members) {
        min = Math.min(min, member.ordinal());
        max = Math.max(max, member.ordinal());
      }
      return new IntRange(min, max);
    }

    String sqlType() {
      if (min >= Byte.MIN_VALUE && max <= Byte.MAX_VALUE) {
        return "tinyint";
      }
      return min >= Short.MIN_VALUE && max <= Short.MAX_VALUE ? "smallint" : "int";
    }
  }
}
