package dev.odgen.samples.app.demo;

import dev.odgen.samples.app.records.RecordCopy;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.AdjustmentPatch;
import dev.odgen.samples.opendental.entity.Claim;
import dev.odgen.samples.opendental.entity.ClaimProc;
import dev.odgen.samples.opendental.entity.ClaimProcStatus;
import dev.odgen.samples.opendental.entity.ClaimStatusCode;
import dev.odgen.samples.opendental.entity.ClaimTypeCode;
import dev.odgen.samples.opendental.entity.PaySplit;
import dev.odgen.samples.opendental.entity.Payment;
import dev.odgen.samples.opendental.entity.ProcStat;
import dev.odgen.samples.opendental.entity.ProcedureLogPatch;
import dev.odgen.samples.opendental.entity.Relat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** Writes the money side of the demo: procedures at the standard fee, claims, payments and adjustments. */
final class DemoAccounts {
  /** A procedure as the claims need it. */
  record Proc(long procNum, long patNum, long provNum, String code, LocalDate date, BigDecimal fee) {
  }

  /** A patient's coverage: the plan and subscription, and how the patient relates to the subscriber. */
  record Coverage(long patNum, long planNum, long insSubNum, Relat relationship) {
  }

  /** A procedure on a claim and the share insurance pays, in percent. */
  record Covered(Proc proc, int percent) {
    BigDecimal insurancePays() {
      return proc.fee().multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
  }

  private final OpenDentalDaos daos;

  DemoAccounts(OpenDentalDaos daos) {
    this.daos = daos;
  }

  /** A procedure at the standard fee of its code. */
  Proc procedure(long patNum, long aptNum, long provNum, long codeNum, String code, LocalDate date, ProcStat status,
      String toothNum, String surf) {
    BigDecimal fee = ProcedureCodes.of(code).amount();
    long procNum = daos.procedureLogs().insert(ProcedureLogPatch.builder()
        .patNum(patNum).aptNum(aptNum).provNum(provNum).codeNum(codeNum).procDate(date).procStatus(status)
        .procFee(fee).toothNum(toothNum).surf(surf).dateTP(date).build());
    return new Proc(procNum, patNum, provNum, code, date, fee);
  }

  /**
   * A primary claim for {@code items}, sent on {@code sent}; paid as estimated on {@code received}, or still
   * waiting for the carrier when {@code received} is null.
   */
  long claim(Coverage coverage, LocalDate sent, LocalDate received, List<Covered> items) {
    BigDecimal fee = items.stream().map(c -> c.proc().fee()).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal estimate = items.stream().map(Covered::insurancePays).reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean paid = received != null;
    Proc first = items.get(0).proc();
    long claimNum = daos.claims().insert(RecordCopy.with(Claim.defaults(),
        "patNum", coverage.patNum(), "dateService", first.date(), "dateSent", sent,
        "claimStatus", paid ? ClaimStatusCode.R : ClaimStatusCode.S, "dateReceived", paid ? received : null,
        "planNum", coverage.planNum(), "provTreat", first.provNum(), "provBill", first.provNum(),
        "claimFee", fee, "insPayEst", estimate, "insPayAmt", paid ? estimate : BigDecimal.ZERO,
        "claimType", ClaimTypeCode.P, "patRelat", coverage.relationship(), "insSubNum", coverage.insSubNum()));
    for (Covered item : items) {
      Proc proc = item.proc();
      daos.claimProcs().insert(RecordCopy.with(ClaimProc.defaults(),
          "procNum", proc.procNum(), "claimNum", claimNum, "patNum", proc.patNum(), "provNum", proc.provNum(),
          "feeBilled", proc.fee(), "insPayEst", item.insurancePays(),
          "status", paid ? ClaimProcStatus.RECEIVED : ClaimProcStatus.NOT_RECEIVED,
          "insPayAmt", paid ? item.insurancePays() : BigDecimal.ZERO, "planNum", coverage.planNum(),
          "dateCP", paid ? received : sent, "codeSent", proc.code(), "percentage", item.percent(),
          "procDate", proc.date(), "dateEntry", sent, "insSubNum", coverage.insSubNum()));
    }
    return claimNum;
  }

  /** A payment by the family for one patient's account, split entirely to that patient. */
  long payment(long patNum, long provNum, String amount, LocalDate date, long payType, String note) {
    return pay(patNum, provNum, new BigDecimal(amount), date, payType, note, 0);
  }

  /** Money paid before any treatment: it shows as unearned until it is allocated. */
  long prepayment(long patNum, long provNum, String amount, LocalDate date, long payType, long unearnedType) {
    return pay(patNum, provNum, new BigDecimal(amount), date, payType, "Prepayment for upcoming treatment",
        unearnedType);
  }

  long adjustment(long patNum, long provNum, String amount, LocalDate date, long adjType, String note) {
    return daos.adjustments().insert(AdjustmentPatch.builder()
        .patNum(patNum).provNum(provNum).adjAmt(new BigDecimal(amount)).adjDate(date).procDate(date)
        .adjType(adjType).adjNote(note).build());
  }

  private long pay(long patNum, long provNum, BigDecimal amount, LocalDate date, long payType, String note,
      long unearnedType) {
    long payNum = daos.payments().insert(RecordCopy.with(Payment.defaults(),
        "payType", payType, "payDate", date, "payAmt", amount, "payNote", note, "patNum", patNum,
        "dateEntry", date));
    daos.paySplits().insert(RecordCopy.with(PaySplit.defaults(),
        "splitAmt", amount, "patNum", patNum, "payNum", payNum, "provNum", unearnedType == 0 ? provNum : 0L,
        "datePay", date, "dateEntry", date, "unearnedType", unearnedType));
    return payNum;
  }
}
