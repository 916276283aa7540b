package dev.odgen.runtime.schema;

/**
 * How a column changes between two versions of a table: not at all, wider (every stored value still fits),
 * narrower (stored values may not fit), or into another kind of value.
 */
public enum ColumnChange {
  NONE,
  WIDENED,
  NARROWED,
  RETYPED;

  /**
   * The change from {@code before} to {@code after}, judged on the columns MariaDB would have (the stricter
   * dialect: it has unsigned tinyints). The primary key never widens into or out of another column.
   */
  public static ColumnChange between(Column before, Column after) {
    Dialect dialect = Dialect.MARIADB;
    if (dialect.columnDefinition(before).equals(dialect.columnDefinition(after))) {
      return NONE;
    }
    if ((before.type() == ColumnType.ID) != (after.type() == ColumnType.ID)) {
      return RETYPED;
    }
    ColumnShape from = ColumnShape.of(before, dialect);
    ColumnShape to = ColumnShape.of(after, dialect);
    if (from.widensTo(to)) {
      return WIDENED;
    }
    if (to.widensTo(from)) {
      return NARROWED;
    }
    return RETYPED;
  }
}
