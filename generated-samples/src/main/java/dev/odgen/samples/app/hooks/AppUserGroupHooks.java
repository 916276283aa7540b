package dev.odgen.samples.app.hooks;

import dev.odgen.runtime.jdbc.Where;
import dev.odgen.samples.opendental.dao.UserGroupHooks;

/** {@code GET /usergroups?includeCEMT=}: groups of the Central Enterprise Management Tool only when true. */
final class AppUserGroupHooks implements UserGroupHooks {
  private final Sql sql;

  AppUserGroupHooks(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void filterIncludeCEMT(boolean value, Where where) {
    if (!value) {
      where.raw(sql.q("UserGroupNumCEMT") + " = 0");
    }
  }
}
