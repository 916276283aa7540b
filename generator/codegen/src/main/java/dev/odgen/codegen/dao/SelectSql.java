package dev.odgen.codegen.dao;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The SELECT of a DAO: every column of the row ({@code t}) plus the target columns of its lookups, so one
 * query reads a row and the values derived through its references:
 *
 * <pre>
 * SELECT t.`PatNum`, t.`PriProv`, j1.`Abbr` AS `j1_Abbr` FROM `patient` t
 *     LEFT JOIN `provider` j1 ON j1.`ProvNum` = t.`PriProv` WHERE t.`PatNum` = ?
 * </pre>
 */
final class SelectSql {

  private final DaoPlan plan;

  SelectSql(DaoPlan plan) {
    this.plan = plan;
  }

  /** {@code SELECT t.`PatNum`, ..., j1.`Abbr` AS `j1_Abbr`}. */
  String select() {
    List<String> items = new ArrayList<>();
    selected((expression, label) -> items.add(expression));
    return "SELECT " + String.join(", ", items);
  }

  /** The labels of the selected columns in order, so the row mapper can read them by position. */
  List<String> labels() {
    List<String> labels = new ArrayList<>();
    selected((expression, label) -> labels.add(label));
    return labels;
  }

  // the row's own columns, then each lookup's target columns once, labelled j<N>_<Column>
  private void selected(BiConsumer<String, String> item) {
    plan.columns().forEach(field -> item.accept("t." + Sql.quote(DaoPlan.column(field)), DaoPlan.column(field)));
    List<String> labels = new ArrayList<>();
    for (Lookup lookup : plan.lookups().values()) {
      List<String> columns = new ArrayList<>();
      lookup.columns().forEach(c -> columns.add(c.column()));
      if (lookup.isTemplate()) {
        columns.add(lookup.join().targetIdColumn());
      }
      for (String column : columns) {
        String label = lookup.join().label(column);
        if (!labels.contains(label)) {
          labels.add(label);
          item.accept(lookup.join().alias() + "." + Sql.quote(column) + " AS " + Sql.quote(label), label);
        }
      }
    }
  }

  /** The LEFT JOINs of the lookups, each starting with a space; "" when there are none. */
  String joins() {
    StringBuilder sql = new StringBuilder();
    plan.joins().stream().filter(this::used).forEach(join -> sql.append(join.sql()));
    return sql.toString();
  }

  /** {@code FROM `patient` t LEFT JOIN ... WHERE t.`PatNum` = ?}, to follow {@link #select}. */
  String byId() {
    return " FROM " + Sql.quote(plan.table()) + " t" + joins() + " WHERE t." + idColumn() + " = ?";
  }

  /**
   * The start of a page query, before the runtime's WHERE: without joins the table itself; with joins a
   * derived table that filters and pages the ids alone first, so the joins run for one page only and filter
   * columns need no qualifying; the page's rows are then read by id. Only the ids go through the derived
   * table: MariaDB copies a derived table into a temporary one, which for whole rows with TEXT columns is a
   * table on disk per query (BENCHMARKS.md, MariaDB lists).
   */
  String pageStart() {
    return joins().isEmpty()
        ? " FROM " + Sql.quote(plan.table()) + " t"
        : " FROM (SELECT " + idColumn() + " FROM " + Sql.quote(plan.table());
  }

  /** What follows the WHERE of a page query, before the runtime's LIMIT/OFFSET. */
  String pageOrder() {
    return joins().isEmpty() ? " ORDER BY t." + idColumn() : " ORDER BY " + idColumn();
  }

  /**
   * What follows LIMIT/OFFSET: closes the derived table of ids, reads their rows, joins, and orders again (joins
   * do not keep order).
   */
  String pageEnd() {
    return joins().isEmpty() ? "" : ") k JOIN " + Sql.quote(plan.table()) + " t ON t." + idColumn() + " = k."
        + idColumn() + joins() + " ORDER BY t." + idColumn();
  }

  /** {@code SELECT 1 FROM `patient` WHERE `PatNum` = ?}. */
  String exists() {
    return "SELECT 1 FROM " + Sql.quote(plan.table()) + " WHERE " + idColumn() + " = ?";
  }

  String idColumn() {
    return Sql.quote(DaoPlan.column(plan.id()));
  }

  private boolean used(Join join) {
    return plan.lookups().values().stream().anyMatch(l -> l.join().equals(join));
  }
}
