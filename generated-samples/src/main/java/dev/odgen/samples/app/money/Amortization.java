package dev.odgen.samples.app.money;

import dev.odgen.samples.opendental.entity.PayPlanFrequency;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The arithmetic of a payment plan: the payment that pays off a principal in a number of periods at an APR
 * (the usual annuity formula, rounded up to the cent), and the total the plan costs when paid that way.
 */
public final class Amortization {
  private static final MathContext MC = MathContext.DECIMAL64;

  private Amortization() {
  }

  /** Periods per year of a charge frequency. */
  static int periodsPerYear(PayPlanFrequency frequency) {
    if (frequency == PayPlanFrequency.WEEKLY) {
      return 52;
    }
    if (frequency == PayPlanFrequency.EVERY_OTHER_WEEK) {
      return 26;
    }
    return frequency == PayPlanFrequency.QUARTERLY ? 4 : 12;
  }

  /** The interest rate of one period. */
  static BigDecimal periodRate(BigDecimal apr, PayPlanFrequency frequency) {
    return apr.divide(BigDecimal.valueOf(100L * periodsPerYear(frequency)), MC);
  }

  /** The payment per period that pays {@code principal} off in {@code periods} periods. */
  public static BigDecimal payment(BigDecimal principal, int periods, BigDecimal apr, PayPlanFrequency frequency) {
    if (principal.signum() <= 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    BigDecimal rate = periodRate(apr, frequency);
    if (rate.signum() == 0) {
      return principal.divide(BigDecimal.valueOf(periods), 2, RoundingMode.UP);
    }
    BigDecimal growth = BigDecimal.ONE.add(rate).pow(periods, MC);
    BigDecimal payment = principal.multiply(rate, MC).multiply(growth, MC).divide(growth.subtract(BigDecimal.ONE), MC);
    // rounded up to the cent, so the payments pay the plan off in the number asked; the last one is smaller
    return payment.setScale(2, RoundingMode.UP);
  }

  /**
   * What paying {@code principal} at {@code payment} per period costs in all (interest of each period rounded to
   * the cent, the last payment only what is left). A payment that never covers the interest costs nothing finite:
   * the principal is returned.
   */
  public static BigDecimal totalCost(BigDecimal principal, BigDecimal payment, BigDecimal apr,
      PayPlanFrequency frequency) {
    BigDecimal rate = periodRate(apr, frequency);
    BigDecimal balance = principal;
    BigDecimal total = BigDecimal.ZERO;
    for (int period = 0; period < 10_000 && balance.signum() > 0; period++) {
      BigDecimal interest = balance.multiply(rate, MC).setScale(2, RoundingMode.HALF_UP);
      if (payment.compareTo(interest) <= 0) {
        return principal.setScale(2, RoundingMode.HALF_UP);
      }
      BigDecimal pay = payment.min(balance.add(interest));
      total = total.add(pay);
      balance = balance.add(interest).subtract(pay);
    }
    return total.setScale(2, RoundingMode.HALF_UP);
  }
}
