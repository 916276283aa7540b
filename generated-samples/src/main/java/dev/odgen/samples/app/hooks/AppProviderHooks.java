package dev.odgen.samples.app.hooks;

import dev.odgen.runtime.jdbc.Where;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.opendental.dao.ProviderHooks;
import java.util.List;

/**
 * {@code GET /providers?ClinicNum=}: the providers a clinic may use, the non-hidden ones that are not restricted
 * to other clinics. Open Dental keeps those restrictions in its providercliniclink table, which the generated
 * schema does not have, so every provider counts as unrestricted and the filter keeps the non-hidden ones. An
 * unknown clinic is 404 "Clinic not found", as documented; 0 (no clinic) is accepted.
 */
final class AppProviderHooks implements ProviderHooks {
  private final Sql sql;

  AppProviderHooks(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void filterClinicNum(long value, Where where) {
    if (value != 0 && !clinicExists(value)) {
      throw new NotFoundException("Clinic not found (ClinicNum " + value + ")");
    }
    where.raw(sql.q("IsHidden") + " = ?", false);
  }

  private boolean clinicExists(long clinicNum) {
    return sql.db().queryOne("SELECT 1 FROM " + sql.q("clinic") + " WHERE " + sql.q("ClinicNum") + " = ?",
        List.of(clinicNum), rs -> Boolean.TRUE).isPresent();
  }
}
