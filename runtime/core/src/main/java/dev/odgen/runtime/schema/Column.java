package dev.odgen.runtime.schema;

import java.util.Objects;

/**
 * One column of a {@link TableDef}.
 *
 * @param name the column name as the database has it, e.g. {@code PatNum}
 * @param type what it holds
 * @param length the varchar length for {@link ColumnType#STRING} and {@link ColumnType#ENUM_NAME}
 *     (0 for other types)
 * @param indexed whether to give the column a plain index
 */
public record Column(String name, ColumnType type, int length, boolean indexed) {

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if ((type == ColumnType.STRING || type == ColumnType.ENUM_NAME) && length < 1) {
      throw new IllegalArgumentException("column " + name + ": a " + type + " column needs a length");
    }
  }

  /** The primary key column. */
  public static Column id(String name) {
    return new Column(name, ColumnType.ID, 0, false);
  }

  /** A reference to another table's id, indexed. */
  public static Column ref(String name) {
    return new Column(name, ColumnType.REF, 0, true);
  }

  /** A varchar column. */
  public static Column string(String name, int length) {
    return new Column(name, ColumnType.STRING, length, false);
  }

  /** A column of any type that needs no length, not indexed. */
  public static Column of(String name, ColumnType type) {
    return new Column(name, type, type == ColumnType.ENUM_NAME ? 255 : 0, false);
  }
}
