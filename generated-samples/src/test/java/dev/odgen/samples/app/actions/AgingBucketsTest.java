package dev.odgen.samples.app.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgingBucketsTest {
  private static final LocalDate TODAY = LocalDate.of(2030, 6, 30);

  @Test
  void chargesAgeByDaysWithTheBoundariesInTheYoungerBucket() {
    AgingBuckets buckets = AgingBuckets.of(List.of(charge(30, "1"), charge(31, "2"), charge(60, "4"),
        charge(61, "8"), charge(90, "16"), charge(91, "32")), TODAY);
    assertEquals(new AgingBuckets(money("1"), money("6"), money("24"), money("32")), buckets);
    assertEquals(money("63"), buckets.total());
  }

  @Test
  void creditsPayTheOldestChargesFirst() {
    AgingBuckets buckets = AgingBuckets.of(List.of(charge(100, "50"), charge(10, "70"), credit(5, "80")), TODAY);
    assertEquals(new AgingBuckets(money("40"), money("0"), money("0"), money("0")), buckets);
  }

  @Test
  void creditLeftOverIsANegativeCurrentBalance() {
    AgingBuckets buckets = AgingBuckets.of(List.of(charge(100, "50"), credit(5, "80")), TODAY);
    assertEquals(new AgingBuckets(money("-30"), money("0"), money("0"), money("0")), buckets);
  }

  private static LedgerEntry charge(int daysAgo, String amount) {
    return new LedgerEntry(1, TODAY.minusDays(daysAgo), new BigDecimal(amount));
  }

  private static LedgerEntry credit(int daysAgo, String amount) {
    return new LedgerEntry(1, TODAY.minusDays(daysAgo), new BigDecimal(amount).negate());
  }

  private static BigDecimal money(String amount) {
    return AgingBuckets.money(new BigDecimal(amount));
  }
}
