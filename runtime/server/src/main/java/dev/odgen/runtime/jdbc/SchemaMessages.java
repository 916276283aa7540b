package dev.odgen.runtime.jdbc;

import java.util.List;

/** The texts of schema refusals and failures: what is wrong, line by line, then the way out. */
final class SchemaMessages {
  private SchemaMessages() {}

  /** {@code validate} refuses: a line per missing or narrow column, then the statements that fix them. */
  static String validateRefusal(SchemaPlan plan) {
    StringBuilder text = new StringBuilder();
    plan.alterations().forEach(step -> text.append(step.description()).append('\n'));
    text.append("odgen creates missing tables but under the schema policy validate never alters existing ones.\n");
    text.append("  fix: run these statements (e.g. with 'odgen diff OLD NEW --sql mariadb|h2' as a Flyway script),")
        .append(" or start the server with the schema policy migrate, which runs and records them:\n");
    plan.alterations().forEach(step -> step.statements().forEach(s -> text.append("    ").append(s).append(";\n")));
    return text.toString().stripTrailing();
  }

  /** A column no statement of odgen's can fix: both types, and the way out. */
  static String conflicts(SchemaPlan plan) {
    StringBuilder text = new StringBuilder();
    plan.conflicts().forEach(line -> text.append(line).append('\n'));
    text.append("odgen changed nothing: it never retypes or narrows a column, because stored values could be lost.\n");
    text.append("  fix: move the values and change the column's type yourself, point the server at another")
        .append(" database, or change the spec back to a type the column can hold");
    return text.toString();
  }

  /** A migration statement failed: which, why, what was undone and what stays. */
  static String failure(String statement, DataAccessException cause, List<String> undone, List<String> stillApplied) {
    StringBuilder text = new StringBuilder("migrating the schema failed at: ").append(statement).append('\n')
        .append("  because: ").append(cause.getMessage()).append('\n');
    if (!undone.isEmpty()) {
      text.append("undone (the database cannot roll back DDL, so odgen ran these):\n");
      undone.forEach(s -> text.append("    ").append(s).append(";\n"));
    }
    if (stillApplied.isEmpty()) {
      text.append("the database is as it was before the migration; nothing was recorded in ")
          .append(SchemaManager.HISTORY_TABLE);
    } else {
      text.append("still applied (widenings lose nothing and are kept; anything else could not be undone):\n");
      stillApplied.forEach(s -> text.append("    ").append(s).append(";\n"));
      text.append("nothing was recorded in ").append(SchemaManager.HISTORY_TABLE);
    }
    return text.toString();
  }
}
