package dev.odgen.samples.app.money;

import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.AdjustmentFilter;
import dev.odgen.samples.opendental.dao.ClaimProcFilter;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.PaySplitFilter;
import dev.odgen.samples.opendental.dao.ProcedureLogFilter;
import dev.odgen.samples.opendental.entity.Adjustment;
import dev.odgen.samples.opendental.entity.ClaimProc;
import dev.odgen.samples.opendental.entity.ClaimProcStatus;
import dev.odgen.samples.opendental.entity.PaySplit;
import dev.odgen.samples.opendental.entity.ProcStat;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open charges of a patient, oldest first: each completed procedure's fee (times units, less discount, plus
 * the adjustments attached to it) less what splits and insurance paid or are expected to pay on it, and each
 * positive adjustment of its own less the splits paying it. These are what payments are allocated to.
 */
public final class OpenCharges {
  private final OpenDentalDaos daos;

  public OpenCharges(OpenDentalDaos daos) {
    this.daos = daos;
  }

  /** The patient's charges with something still open, oldest first; {@code ignorePayNum}'s splits count as unpaid. */
  public List<OpenCharge> of(long patNum, long ignorePayNum) {
    List<PaySplit> splits = Pages.all((o, l) -> daos.paySplits().list(new PaySplitFilter(patNum, null, null), o, l))
        .stream().filter(s -> s.payNum() != ignorePayNum).toList();
    Map<Long, BigDecimal> paidOnProc = new HashMap<>();
    Map<Long, BigDecimal> paidOnAdj = new HashMap<>();
    for (PaySplit split : splits) {
      if (split.procNum() != 0) {
        paidOnProc.merge(split.procNum(), split.splitAmt(), BigDecimal::add);
      } else if (split.adjNum() != 0) {
        paidOnAdj.merge(split.adjNum(), split.splitAmt(), BigDecimal::add);
      }
    }
    for (ClaimProc cp : Pages.all((o, l) -> daos.claimProcs().list(
        new ClaimProcFilter(null, null, patNum, null, null), o, l))) {
      if (cp.procNum() == 0) {
        continue;
      }
      if (cp.status() == ClaimProcStatus.RECEIVED || cp.status() == ClaimProcStatus.SUPPLEMENTAL) {
        paidOnProc.merge(cp.procNum(), cp.insPayAmt().add(cp.writeOff()), BigDecimal::add);
      } else if (cp.status() == ClaimProcStatus.NOT_RECEIVED) {
        paidOnProc.merge(cp.procNum(), cp.insPayEst().add(cp.writeOff()), BigDecimal::add);
      }
    }
    List<Adjustment> adjustments =
        Pages.all((o, l) -> daos.adjustments().list(new AdjustmentFilter(patNum, null, null), o, l));
    Map<Long, BigDecimal> adjustedProc = new HashMap<>();
    List<OpenCharge> open = new ArrayList<>();
    for (Adjustment adj : adjustments) {
      if (adj.procNum() != 0) {
        adjustedProc.merge(adj.procNum(), adj.adjAmt(), BigDecimal::add);
      } else if (adj.adjAmt().signum() > 0) {
        BigDecimal left = adj.adjAmt().subtract(paidOnAdj.getOrDefault(adj.adjNum(), BigDecimal.ZERO));
        if (left.signum() > 0) {
          open.add(new OpenCharge(patNum, adj.provNum(), adj.clinicNum(), adj.adjDate(), 0, adj.adjNum(), left));
        }
      }
    }
    for (ProcedureLog proc : Pages.all((o, l) -> daos.procedureLogs().list(
        new ProcedureLogFilter(patNum, null, ProcStat.C, null, null, null, null), o, l))) {
      BigDecimal left = charge(proc).add(adjustedProc.getOrDefault(proc.procNum(), BigDecimal.ZERO))
          .subtract(paidOnProc.getOrDefault(proc.procNum(), BigDecimal.ZERO));
      if (left.signum() > 0) {
        open.add(new OpenCharge(patNum, proc.provNum(), proc.clinicNum(), proc.procDate(), proc.procNum(), 0, left));
      }
    }
    open.sort(Comparator.comparing(OpenCharge::date).thenComparing(OpenCharge::procNum)
        .thenComparing(OpenCharge::adjNum));
    return open;
  }

  /** The open charges of several patients together, oldest first. */
  public List<OpenCharge> ofAll(List<Long> patNums, long ignorePayNum) {
    List<OpenCharge> all = new ArrayList<>();
    for (long patNum : patNums) {
      all.addAll(of(patNum, ignorePayNum));
    }
    all.sort(Comparator.comparing(OpenCharge::date).thenComparing(OpenCharge::patNum)
        .thenComparing(OpenCharge::procNum).thenComparing(OpenCharge::adjNum));
    return all;
  }

  /** What a completed procedure charges: fee times units (at least one), less its discount. */
  public static BigDecimal charge(ProcedureLog procedure) {
    BigDecimal units = BigDecimal.valueOf(Math.max(1, procedure.unitQty()));
    return procedure.procFee().multiply(units).subtract(procedure.discount());
  }
}
