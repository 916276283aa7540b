package dev.odgen.samples.app.actions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * A balance split by the age of its charges (0-30, 31-60, 61-90 and over 90 days before {@code today}). Credits
 * pay the oldest charges first; credit left over once every charge is paid shows as a negative 0-30 balance.
 */
record AgingBuckets(BigDecimal days0to30, BigDecimal days31to60, BigDecimal days61to90, BigDecimal over90) {

  static AgingBuckets of(List<LedgerEntry> entries, LocalDate today) {
    BigDecimal credit = entries.stream().filter(e -> !e.isCharge())
        .map(e -> e.amount().negate()).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal[] buckets = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    List<LedgerEntry> charges = entries.stream().filter(LedgerEntry::isCharge)
        .sorted(Comparator.comparing(LedgerEntry::date)).toList();
    for (LedgerEntry charge : charges) {
      BigDecimal paid = credit.min(charge.amount());
      credit = credit.subtract(paid);
      BigDecimal open = charge.amount().subtract(paid);
      if (open.signum() > 0) {
        int bucket = bucketOf(ChronoUnit.DAYS.between(charge.date(), today));
        buckets[bucket] = buckets[bucket].add(open);
      }
    }
    buckets[0] = buckets[0].subtract(credit);
    return new AgingBuckets(money(buckets[0]), money(buckets[1]), money(buckets[2]), money(buckets[3]));
  }

  BigDecimal total() {
    return days0to30.add(days31to60).add(days61to90).add(over90);
  }

  private static int bucketOf(long days) {
    if (days <= 30) {
      return 0;
    }
    if (days <= 60) {
      return 1;
    }
    return days <= 90 ? 2 : 3;
  }

  static BigDecimal money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
