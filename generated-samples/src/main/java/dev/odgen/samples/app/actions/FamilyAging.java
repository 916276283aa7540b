package dev.odgen.samples.app.actions;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.AdjustmentFilter;
import dev.odgen.samples.opendental.dao.ClaimProcFilter;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.PaySplitFilter;
import dev.odgen.samples.opendental.dao.ProcedureLogFilter;
import dev.odgen.samples.opendental.entity.Aging;
import dev.odgen.samples.opendental.entity.ClaimProc;
import dev.odgen.samples.opendental.entity.ClaimProcStatus;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.entity.PatientStatus;
import dev.odgen.samples.opendental.entity.PaySplit;
import dev.odgen.samples.opendental.entity.ProcStat;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import dev.odgen.samples.opendental.server.AccountModuleActions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /accountmodules/{PatNum}/Aging}: the aging of the patient's family balance, computed from the
 * family's ledger: completed procedures (fee times units, less discount) and adjustments are charges; payment
 * splits, received insurance payments and write-offs are credits; insurance not yet received (claimprocs
 * NotReceived: estimate plus write-off) is the insurance estimate. Unearned (prepaid) splits are reported
 * apart and do not pay charges.
 */
public final class FamilyAging implements AccountModuleActions {
  private static final List<ClaimProcStatus> PAID_BY_INSURANCE =
      List.of(ClaimProcStatus.RECEIVED, ClaimProcStatus.SUPPLEMENTAL);

  private final OpenDentalDaos daos;

  public FamilyAging(OpenDentalDaos daos) {
    this.daos = daos;
  }

  @Override
  public Aging aging(AgingInput input, ApiRequest request) {
    Patient patient = daos.patients().findById(input.patNum())
        .orElseThrow(() -> new NotFoundException("Patient not found (PatNum " + input.patNum() + ")"));
    if (patient.patStatus() == PatientStatus.DELETED) {
      throw new BadRequestException("PatNum: patient " + input.patNum() + " is deleted");
    }
    return agingOf(patient, request.serverTime().toLocalDate());
  }

  /**
   * The family's aging on {@code asOf}: only what happened on or before that day counts (the A/R report asks
   * for past dates; the account module for today).
   */
  Aging agingOf(Patient patient, LocalDate asOf) {
    List<LedgerEntry> family = new ArrayList<>();
    BigDecimal insEst = BigDecimal.ZERO;
    BigDecimal unearned = BigDecimal.ZERO;
    BigDecimal ownBalance = BigDecimal.ZERO;
    BigDecimal ownInsEst = BigDecimal.ZERO;
    for (long member : familyOf(patient)) {
      MemberAccount account = account(member, asOf);
      family.addAll(account.ledger());
      insEst = insEst.add(account.pendingInsurance());
      unearned = unearned.add(account.unearned());
      if (member == patient.patNum()) {
        ownBalance = account.balance();
        ownInsEst = account.pendingInsurance();
      }
    }
    AgingBuckets buckets = AgingBuckets.of(family, asOf);
    BigDecimal total = buckets.total();
    return new Aging(buckets.days0to30(), buckets.days31to60(), buckets.days61to90(), buckets.over90(),
        total, AgingBuckets.money(insEst), AgingBuckets.money(total.subtract(insEst)),
        AgingBuckets.money(ownBalance.subtract(ownInsEst)), AgingBuckets.money(unearned));
  }

  /** The PatNums sharing the patient's guarantor (the patient alone when it has none). */
  List<Long> familyOf(Patient patient) {
    if (patient.guarantor() == 0) {
      return List.of(patient.patNum());
    }
    Db db = daos.db();
    return db.query("SELECT " + db.dialect().quote("PatNum") + " FROM " + db.dialect().quote("patient")
        + " WHERE " + db.dialect().quote("Guarantor") + " = ? ORDER BY " + db.dialect().quote("PatNum"),
        List.of(patient.guarantor()), rs -> rs.getLong(1));
  }

  /** One family member's part of the account. */
  record MemberAccount(List<LedgerEntry> ledger, BigDecimal pendingInsurance, BigDecimal unearned) {
    BigDecimal balance() {
      return ledger.stream().map(LedgerEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  MemberAccount account(long patNum, LocalDate asOf) {
    List<LedgerEntry> ledger = new ArrayList<>();
    Pages.all((offset, limit) -> daos.procedureLogs().list(
            new ProcedureLogFilter(patNum, null, ProcStat.C, null, null, null, null), offset, limit))
        .forEach(p -> ledger.add(new LedgerEntry(patNum, p.procDate(), charge(p))));
    Pages.all((offset, limit) -> daos.adjustments().list(new AdjustmentFilter(patNum, null, null), offset, limit))
        .forEach(a -> ledger.add(new LedgerEntry(patNum, a.adjDate(), a.adjAmt())));
    BigDecimal unearned = BigDecimal.ZERO;
    for (PaySplit split : Pages.all((offset, limit) ->
        daos.paySplits().list(new PaySplitFilter(patNum, null, null), offset, limit))) {
      if (split.unearnedType() == 0) {
        ledger.add(new LedgerEntry(patNum, split.datePay(), split.splitAmt().negate()));
      } else if (!split.datePay().isAfter(asOf)) {
        unearned = unearned.add(split.splitAmt());
      }
    }
    BigDecimal pending = BigDecimal.ZERO;
    for (ClaimProc cp : Pages.all((offset, limit) -> daos.claimProcs().list(
        new ClaimProcFilter(null, null, patNum, null, null), offset, limit))) {
      if (PAID_BY_INSURANCE.contains(cp.status())) {
        ledger.add(new LedgerEntry(patNum, cp.dateCP(), cp.insPayAmt().add(cp.writeOff()).negate()));
      } else if (cp.status() == ClaimProcStatus.NOT_RECEIVED && !cp.dateCP().isAfter(asOf)) {
        pending = pending.add(cp.insPayEst()).add(cp.writeOff());
      }
    }
    ledger.removeIf(e -> e.amount().signum() == 0 || e.date().isAfter(asOf));
    return new MemberAccount(ledger, pending, unearned);
  }

  static BigDecimal charge(ProcedureLog procedure) {
    BigDecimal units = BigDecimal.valueOf(Math.max(1, procedure.unitQty()));
    return procedure.procFee().multiply(units).subtract(procedure.discount());
  }
}
