package dev.odgen.samples.app.demo;

import java.util.Map;

/**
 * The keys of the demo practice's reference rows, for the families that use them.
 *
 * @param codes CodeNum by procedure code ({@code D0120})
 * @param confirmStatuses DefNum by name of the ApptConfirmed definitions ("Not Called", "Confirmed", ...)
 */
record Practice(
    long drNguyen,
    long drBell,
    long hygienistOrtiz,
    long operatory1,
    long operatory2,
    long hygieneOperatory,
    long standardFees,
    Map<String, Long> codes,
    Map<String, Long> confirmStatuses,
    long discountAdjustment,
    long financeChargeAdjustment,
    long checkPayment,
    long cardPayment,
    long prepaymentUnearned,
    long employer,
    long bluebirdPlan,
    long summitPlan) {

  long code(String procCode) {
    Long num = codes.get(procCode);
    if (num == null) {
      throw new IllegalArgumentException("the demo practice has no procedure code " + procCode);
    }
    return num;
  }

  long confirmStatus(String name) {
    return confirmStatuses.get(name);
  }
}
