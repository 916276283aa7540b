package dev.odgen.codegen.dao;

import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Resource;

/**
 * A LEFT JOIN that follows a ref field of the row to its target table:
 * {@code LEFT JOIN `provider` j1 ON j1.`ProvNum` = t.`PriProv`}.
 */
record Join(String alias, Field via, Resource target, String targetTable, String targetIdColumn) {

  /** The label a target column is selected under: {@code j1_Abbr}. */
  String label(String column) {
    return alias + "_" + column;
  }

  String sql() {
    return " LEFT JOIN " + Sql.quote(targetTable) + " " + alias + " ON " + alias + "." + Sql.quote(targetIdColumn)
        + " = t." + Sql.quote(via.column().orElseThrow());
  }
}
