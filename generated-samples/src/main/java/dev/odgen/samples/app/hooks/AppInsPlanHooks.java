package dev.odgen.samples.app.hooks;

import dev.odgen.runtime.jdbc.Where;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.samples.opendental.dao.InsPlanHooks;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /insplans?PlanType=}: the documented names of the plan types. Category percentage plans are stored
 * with a blank PlanType, so they are asked for as "percentage"; PPO percentage, flat copay and capitation by their
 * stored letters. Case is ignored; anything else is 400.
 */
final class AppInsPlanHooks implements InsPlanHooks {
  private static final Map<String, String> STORED = Map.of("percentage", "", "p", "p", "f", "f", "c", "c");

  private final Sql sql;

  AppInsPlanHooks(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void filterPlanType(String value, Where where) {
    String stored = STORED.get(value.trim().toLowerCase(Locale.ROOT));
    if (stored == null) {
      throw new BadRequestException("PlanType: '" + value + "' is not one of percentage, p, f, c");
    }
    where.raw(sql.q("PlanType") + " = ?", stored);
  }
}
