package dev.odgen.samples.app.money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What is still owed on one charge of an account: a completed procedure ({@code procNum} set) or a positive
 * adjustment not attached to a procedure ({@code adjNum} set).
 */
public record OpenCharge(long patNum, long provNum, long clinicNum, LocalDate date, long procNum, long adjNum,
    BigDecimal open) {

  public OpenCharge withOpen(BigDecimal amount) {
    return new OpenCharge(patNum, provNum, clinicNum, date, procNum, adjNum, amount);
  }
}
