package dev.odgen.samples.app.money;

import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.PayPlanDebitTypes;
import dev.odgen.samples.opendental.entity.PaySplit;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Inserts the paysplits of a payment. */
final class SplitWriter {
  private final OpenDentalDaos daos;

  SplitWriter(OpenDentalDaos daos) {
    this.daos = daos;
  }

  /** A split paying {@code part} of a charge. */
  long toCharge(long payNum, LocalDate date, OpenCharge part) {
    return insert(part.open(), part.patNum(), payNum, part.provNum(), 0, date, part.procNum(), 0, part.clinicNum(),
        part.adjNum(), 0);
  }

  /** An unearned (prepayment) split: no provider, nothing paid yet. */
  long unearned(long payNum, long patNum, BigDecimal amount, LocalDate date, long unearnedType, long clinicNum,
      long payPlanNum) {
    return insert(amount, patNum, payNum, 0, payPlanNum, date, 0, unearnedType, clinicNum, 0, 0);
  }

  /** A split paying a payment plan charge. */
  long toPayPlanCharge(long payNum, long patNum, long provNum, long payPlanNum, long chargeNum, BigDecimal amount,
      LocalDate date, long clinicNum) {
    return insert(amount, patNum, payNum, provNum, payPlanNum, date, 0, 0, clinicNum, 0, chargeNum);
  }

  /** A copy of {@code split} with the amount negated, for a refund. */
  long reversal(long payNum, PaySplit split, LocalDate date) {
    return daos.paySplits().insert(new PaySplit(0, split.splitAmt().negate(), split.patNum(), payNum,
        split.provNum(), split.payPlanNum(), date, split.procNum(), date, split.unearnedType(), null,
        split.clinicNum(), null, split.adjNum(), split.payPlanChargeNum(), split.payPlanDebitType()));
  }

  private long insert(BigDecimal amount, long patNum, long payNum, long provNum, long payPlanNum, LocalDate date,
      long procNum, long unearnedType, long clinicNum, long adjNum, long payPlanChargeNum) {
    return daos.paySplits().insert(new PaySplit(0, amount, patNum, payNum, provNum, payPlanNum, date, procNum, date,
        unearnedType, null, clinicNum, null, adjNum, payPlanChargeNum,
        payPlanChargeNum != 0 ? PayPlanDebitTypes.PRINCIPAL : PayPlanDebitTypes.UNKNOWN));
  }
}
