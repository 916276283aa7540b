package dev.odgen.samples.app.hooks;

import dev.odgen.samples.opendental.dao.PayPlanHooks;
import dev.odgen.samples.opendental.entity.PayPlan;
import dev.odgen.samples.opendental.entity.PayPlanChargeType;
import dev.odgen.samples.opendental.entity.PayPlanLinkType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A payment plan's principal. Patient and insurance plans: the total principal of their debits (the scheduled
 * charges; credits are the production the plan pays for). Dynamic plans issue their debits as they come due, so
 * their principal is the production attached to them (payplanlink): each link's AmountOverride, else the
 * procedure's fee times its units less its discount (as the aging counts it) or the adjustment's amount.
 */
final class AppPayPlanHooks implements PayPlanHooks {
  private final Sql sql;

  AppPayPlanHooks(Sql sql) {
    this.sql = sql;
  }

  /** One attached piece of production. */
  private record Link(long payPlanNum, int linkType, long fKey, BigDecimal amountOverride) {
  }

  @Override
  public Map<Long, BigDecimal> derivePrincipalAmount(List<PayPlan> rows) {
    Map<Long, BigDecimal> principal = new HashMap<>();
    for (PayPlan row : rows) {
      principal.put(row.payPlanNum(), BigDecimal.ZERO);
    }
    List<Long> scheduled = rows.stream().filter(r -> !r.isDynamic()).map(PayPlan::payPlanNum).toList();
    List<Long> dynamic = rows.stream().filter(PayPlan::isDynamic).map(PayPlan::payPlanNum).toList();
    if (!scheduled.isEmpty()) {
      addDebits(scheduled, principal);
    }
    if (!dynamic.isEmpty()) {
      addProduction(dynamic, principal);
    }
    principal.replaceAll((plan, amount) -> amount.setScale(2, RoundingMode.HALF_UP));
    return principal;
  }

  private void addDebits(List<Long> plans, Map<Long, BigDecimal> principal) {
    List<Object> params = new ArrayList<>(plans);
    params.add(PayPlanChargeType.DEBIT);
    sql.db().query("SELECT " + sql.q("PayPlanNum") + ", " + sql.q("Principal") + " FROM " + sql.q("payplancharge")
            + " WHERE " + sql.q("PayPlanNum") + " IN (" + Sql.marks(plans) + ") AND " + sql.q("ChargeType") + " = ?",
        params, rs -> Map.entry(rs.getLong(1), rs.getBigDecimal(2)))
        .forEach(e -> principal.merge(e.getKey(), e.getValue(), BigDecimal::add));
  }

  private void addProduction(List<Long> plans, Map<Long, BigDecimal> principal) {
    List<Link> links = sql.db().query("SELECT " + sql.q("PayPlanNum") + ", " + sql.q("LinkType") + ", "
            + sql.q("FKey") + ", " + sql.q("AmountOverride") + " FROM " + sql.q("payplanlink") + " WHERE "
            + sql.q("PayPlanNum") + " IN (" + Sql.marks(plans) + ")", plans,
        rs -> new Link(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getBigDecimal(4)));
    Map<Long, BigDecimal> procedures = amounts(links, PayPlanLinkType.PROCEDURE, "procedurelog", "ProcNum",
        "(" + sql.q("ProcFee") + " * CASE WHEN " + sql.q("UnitQty") + " > 1 THEN " + sql.q("UnitQty")
            + " ELSE 1 END - " + sql.q("Discount") + ")");
    Map<Long, BigDecimal> adjustments = amounts(links, PayPlanLinkType.ADJUSTMENT, "adjustment", "AdjNum",
        sql.q("AdjAmt"));
    for (Link link : links) {
      BigDecimal amount;
      if (link.amountOverride().signum() != 0) {
        amount = link.amountOverride();
      } else if (link.linkType() == PayPlanLinkType.PROCEDURE.storedValue()) {
        amount = procedures.getOrDefault(link.fKey(), BigDecimal.ZERO);
      } else if (link.linkType() == PayPlanLinkType.ADJUSTMENT.storedValue()) {
        amount = adjustments.getOrDefault(link.fKey(), BigDecimal.ZERO);
      } else {
        amount = BigDecimal.ZERO;
      }
      principal.merge(link.payPlanNum(), amount, BigDecimal::add);
    }
  }

  /** By key, the {@code amount} expression of the rows of {@code table} the links of {@code type} point at. */
  private Map<Long, BigDecimal> amounts(List<Link> links, PayPlanLinkType type, String table, String key,
      String amount) {
    List<Long> keys = links.stream().filter(l -> l.linkType() == type.storedValue()).map(Link::fKey).distinct()
        .toList();
    Map<Long, BigDecimal> amounts = new HashMap<>();
    if (!keys.isEmpty()) {
      sql.db().query("SELECT " + sql.q(key) + ", " + amount + " FROM " + sql.q(table) + " WHERE " + sql.q(key)
              + " IN (" + Sql.marks(keys) + ")", keys, rs -> Map.entry(rs.getLong(1), rs.getBigDecimal(2)))
          .forEach(e -> amounts.put(e.getKey(), e.getValue()));
    }
    return amounts;
  }
}
