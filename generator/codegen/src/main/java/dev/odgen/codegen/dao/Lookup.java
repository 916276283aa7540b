package dev.odgen.codegen.dao;

import dev.odgen.spec.model.Field;
import java.util.List;

/**
 * A derived field read through a join: the target columns it needs, each selected under its own label
 * ({@code j1_Abbr}), and for templates the target's id, whose NULL says the join found no row.
 *
 * @param field the derived field
 * @param join the join it reads through
 * @param columns the target's columns, in template order (one for a plain lookup)
 * @param template the text with {@code {Field}} placeholders, or null for a plain lookup
 */
record Lookup(Field field, Join join, List<TargetColumn> columns, String template) {

  /** A target column and the label it is selected under. */
  record TargetColumn(String placeholder, String column, String label) {}

  boolean isTemplate() {
    return template != null;
  }

  /** The label of the target's id column: NULL there means the reference is 0 or dangling. */
  String presenceLabel() {
    return join.label(join.targetIdColumn());
  }
}
