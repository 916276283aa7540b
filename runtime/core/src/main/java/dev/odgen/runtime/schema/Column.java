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
 * @param nullable whether the column holds SQL NULL for an absent value (no DEFAULT then); otherwise it is NOT
 *     NULL with a blank default, as Open Dental's columns are
 * @param references the row the column refers to through a FOREIGN KEY constraint, or {@code null} for none
 */
public record Column(String name, ColumnType type, int length, boolean indexed, boolean nullable, ForeignKey references) {

  /** A FOREIGN KEY target: the referenced table and its key column. */
  public record ForeignKey(String table, String column) {
    public ForeignKey {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(column, "column");
    }
  }

  /** A NOT NULL column with no FOREIGN KEY. */
  public Column(String name, ColumnType type, int length, boolean indexed) {
    this(name, type, length, indexed, false, null);
  }

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (type == ColumnType.ID && nullable) {
      throw new IllegalArgumentException("column " + name + ": the primary key cannot be nullable");
    }
    if (references != null && type != ColumnType.REF) {
      throw new IllegalArgumentException("column " + name + ": only a REF column can have a FOREIGN KEY");
    }
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

  /** This column holding SQL NULL for an absent value. */
  public Column asNullable() {
    return new Column(name, type, length, indexed, true, references);
  }

  /** This column with a FOREIGN KEY constraint to {@code table}'s {@code column}. */
  public Column referencing(String table, String column) {
    return new Column(name, type, length, indexed, nullable, new ForeignKey(table, column));
  }
}
