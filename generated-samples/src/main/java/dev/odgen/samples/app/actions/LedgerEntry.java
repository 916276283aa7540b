package dev.odgen.samples.app.actions;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a patient's account: a charge (positive: a completed procedure, a positive adjustment) or a
 * credit (negative: a payment split, an insurance payment or write-off, a negative adjustment).
 */
record LedgerEntry(long patNum, LocalDate date, BigDecimal amount) {
  boolean isCharge() {
    return amount.signum() > 0;
  }
}
