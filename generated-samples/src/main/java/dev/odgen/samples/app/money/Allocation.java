package dev.odgen.samples.app.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An amount spread over open charges, oldest first; what no charge takes is left over (unearned income). The
 * parts and the remainder add up to the amount exactly.
 */
public record Allocation(List<OpenCharge> parts, BigDecimal remainder) {

  public static Allocation fifo(BigDecimal amount, List<OpenCharge> charges) {
    List<OpenCharge> parts = new ArrayList<>();
    BigDecimal left = amount;
    for (OpenCharge charge : charges) {
      if (left.signum() <= 0) {
        break;
      }
      BigDecimal take = left.min(charge.open());
      parts.add(charge.withOpen(take));
      left = left.subtract(take);
    }
    return new Allocation(parts, left);
  }
}
