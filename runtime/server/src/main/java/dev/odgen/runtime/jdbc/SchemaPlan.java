package dev.odgen.runtime.jdbc;

import dev.odgen.runtime.schema.Column;
import dev.odgen.runtime.schema.ColumnShape;
import dev.odgen.runtime.schema.Dialect;
import dev.odgen.runtime.schema.TableDef;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What it takes to bring a database to the tables a spec needs: tables to create, columns to add, columns to
 * widen, in that order, and the columns no statement can fix (another kind of value than the spec needs).
 */
record SchemaPlan(List<String> missing, List<Step> creates, List<Step> foreignKeys, List<Step> adds, List<Step> widens,
    List<String> conflicts, List<String> existing) {

  /**
   * One change: what it does, the statements that do it, and those that undo it (empty for a widening, which
   * loses nothing and stays).
   */
  record Step(String description, List<String> statements, List<String> undo) {}

  static SchemaPlan of(ExistingSchema schema, List<TableDef> tables, Dialect dialect) throws SQLException {
    List<Step> creates = new ArrayList<>();
    List<Step> foreignKeys = new ArrayList<>();
    List<Step> adds = new ArrayList<>();
    List<Step> widens = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    List<String> existing = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (TableDef table : tables) {
      if (!schema.hasTable(table.name())) {
        missing.add(table.name());
        creates.add(new Step("create table '" + table.name() + "'", dialect.createTable(table),
            List.of(dialect.dropTable(table.name()))));
        List<String> constraints = dialect.foreignKeys(table);
        if (!constraints.isEmpty()) {
          foreignKeys.add(new Step("add the foreign keys of table '" + table.name() + "'", constraints,
              dialect.dropForeignKeys(table)));
        }
        continue;
      }
      existing.add(table.name());
      for (Column column : table.columns()) {
        Optional<ColumnShape> actual = schema.column(table.name(), column.name());
        ColumnShape needed = ColumnShape.of(column, dialect);
        String where = "table '" + table.name() + "' column '" + column.name() + "'";
        if (actual.isEmpty()) {
          adds.add(new Step("table '" + table.name() + "' has no column '" + column.name() + "' (" + needed.typeName()
              + ")", dialect.addColumn(table.name(), column), List.of(dialect.dropColumn(table.name(), column.name()))));
        } else if (actual.get().holds(needed)) {
          continue;
        } else if (actual.get().widensTo(needed)) {
          widens.add(new Step(where + " is " + actual.get().typeName() + ", narrower than the spec's "
              + needed.typeName(), List.of(dialect.modifyColumn(table.name(), column)), List.of()));
        } else {
          conflicts.add(where + " is " + actual.get().typeName() + " and the spec needs " + needed.typeName()
              + ": odgen cannot widen one into the other");
        }
      }
    }
    return new SchemaPlan(missing, creates, foreignKeys, adds, widens, conflicts, existing);
  }

  /** The changes to existing tables (not the creation of missing ones). */
  List<Step> alterations() {
    List<Step> steps = new ArrayList<>(adds);
    steps.addAll(widens);
    return steps;
  }

  /**
   * The creation of missing tables, then their FOREIGN KEY constraints (after every table exists, so that tables
   * may refer to each other in any order).
   */
  List<Step> creations() {
    List<Step> steps = new ArrayList<>(creates);
    steps.addAll(foreignKeys);
    return steps;
  }

  /** Every change in the order it runs: creations, adds, then widenings (last: they are not undone). */
  List<Step> all() {
    List<Step> steps = new ArrayList<>(creations());
    steps.addAll(alterations());
    return steps;
  }
}
