package dev.odgen.samples.app.money;

import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.PayPlanChargeFilter;
import dev.odgen.samples.opendental.dao.PaySplitFilter;
import dev.odgen.samples.opendental.entity.PayPlanCharge;
import dev.odgen.samples.opendental.entity.PayPlanChargeType;
import dev.odgen.samples.opendental.entity.PaySplit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The debit charges of a payment plan and what is still owed on each (principal plus interest less splits). */
final class PlanCharges {
  record Due(PayPlanCharge charge, BigDecimal open) {}

  private final OpenDentalDaos daos;

  PlanCharges(OpenDentalDaos daos) {
    this.daos = daos;
  }

  /** The plan's debits with something open, oldest first; splits of {@code ignorePayNum} count as unpaid. */
  List<Due> due(long payPlanNum, long ignorePayNum) {
    List<PayPlanCharge> charges = all(payPlanNum);
    Map<Long, BigDecimal> paid = new HashMap<>();
    for (PayPlanCharge charge : charges) {
      for (PaySplit split : Pages.all((o, l) -> daos.paySplits().list(
          new PaySplitFilter(charge.patNum(), null, null), o, l))) {
        if (split.payPlanChargeNum() == charge.payPlanChargeNum() && split.payNum() != ignorePayNum) {
          paid.merge(charge.payPlanChargeNum(), split.splitAmt(), BigDecimal::add);
        }
      }
    }
    List<Due> due = new ArrayList<>();
    for (PayPlanCharge charge : charges) {
      if (charge.chargeType() != PayPlanChargeType.DEBIT) {
        continue;
      }
      BigDecimal open = charge.principal().add(charge.interest())
          .subtract(paid.getOrDefault(charge.payPlanChargeNum(), BigDecimal.ZERO));
      if (open.signum() > 0) {
        due.add(new Due(charge, open));
      }
    }
    return due;
  }

  List<PayPlanCharge> all(long payPlanNum) {
    List<PayPlanCharge> charges = new ArrayList<>(Pages.all((o, l) ->
        daos.payPlanCharges().list(new PayPlanChargeFilter(payPlanNum), o, l)));
    charges.sort(Comparator.comparing(PayPlanCharge::chargeDate).thenComparing(PayPlanCharge::payPlanChargeNum));
    return charges;
  }
}
