package dev.odgen.runtime.schema;

import java.util.List;
import java.util.Objects;

/**
 * A table generated code needs: its name and columns, in order. {@link Dialect#createTable}
 * renders the DDL; the server runtime's {@code SchemaManager} creates it when missing and checks its columns when
 * present.
 *
 * @param name the table name, e.g. {@code patient}
 * @param columns the columns; at most one of type {@link ColumnType#ID}, the primary key
 */
public record TableDef(String name, List<Column> columns) {

  public TableDef {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("table " + name + " has no columns");
    }
    if (columns.stream().filter(c -> c.type() == ColumnType.ID).count() > 1) {
      throw new IllegalArgumentException("table " + name + " has more than one ID column");
    }
  }

  /** Convenience for generated code: {@code TableDef.of("patient", Column.id("PatNum"), ...)}. */
  public static TableDef of(String name, Column... columns) {
    return new TableDef(name, List.of(columns));
  }
}
