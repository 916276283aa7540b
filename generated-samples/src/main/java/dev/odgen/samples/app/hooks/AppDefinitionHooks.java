package dev.odgen.samples.app.hooks;

import dev.odgen.runtime.jdbc.Where;
import dev.odgen.samples.opendental.dao.DefinitionHooks;

/** {@code GET /definitions?includeHidden=}: hidden definitions only when true. */
final class AppDefinitionHooks implements DefinitionHooks {
  private final Sql sql;

  AppDefinitionHooks(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void filterIncludeHidden(boolean value, Where where) {
    if (!value) {
      where.raw(sql.q("IsHidden") + " = ?", false);
    }
  }
}
