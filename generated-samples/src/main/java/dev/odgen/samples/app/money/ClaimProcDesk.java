package dev.odgen.samples.app.money;

import dev.odgen.runtime.jdbc.Params;
import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.app.records.RecordCopy;
import dev.odgen.samples.opendental.dao.ClaimProcFilter;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.ClaimProc;
import dev.odgen.samples.opendental.entity.ClaimProcStatus;
import dev.odgen.samples.opendental.entity.InsSub;
import dev.odgen.samples.opendental.entity.PatPlan;
import dev.odgen.samples.opendental.server.ClaimProcActions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Insurance history adjustments ({@code POST}/{@code PUT /claimprocs/InsAdjust}: a claimproc of Status Adjustment
 * holding insurance used and deductible used outside this office) and supplemental insurance payments ({@code
 * POST /claimprocs/Supplemental}).
 */
public final class ClaimProcDesk implements ClaimProcActions {
  private final OpenDentalDaos daos;

  public ClaimProcDesk(OpenDentalDaos daos) {
    this.daos = daos;
  }

  /** Makes the patplan's one adjustment claimproc hold the amounts given; both zero removes it. */
  @Override
  public void setInsAdjust(SetInsAdjustInput in, ApiRequest request) {
    if (in.insUsed() == null && in.deductibleUsed() == null) {
      throw new BadRequestException("insUsed or deductibleUsed is required", List.of("insUsed", "deductibleUsed"));
    }
    Coverage coverage = coverage(in.patPlanNum());
    requireNotNegative(in.insUsed(), in.deductibleUsed());
    LocalDate date = in.date() == null ? request.serverTime().toLocalDate() : in.date();
    Optional<ClaimProc> existing = adjustments(coverage).stream().findFirst();
    BigDecimal insUsed = in.insUsed() != null ? in.insUsed()
        : existing.map(ClaimProc::insPayAmt).orElse(BigDecimal.ZERO);
    BigDecimal dedUsed = in.deductibleUsed() != null ? in.deductibleUsed()
        : existing.map(ClaimProc::dedApplied).orElse(BigDecimal.ZERO);
    if (existing.isEmpty()) {
      if (insUsed.signum() != 0 || dedUsed.signum() != 0) {
        insert(coverage, insUsed, dedUsed, date);
      }
    } else if (insUsed.signum() == 0 && dedUsed.signum() == 0) {
      daos.claimProcs().delete(existing.get().claimProcNum());
    } else {
      ColumnUpdate.of(daos.db(), "claimproc", "ClaimProcNum").set("InsPayAmt", Params.money(insUsed))
          .set("DedApplied", Params.money(dedUsed)).set("ProcDate", date).set("DateCP", date)
          .on(existing.get().claimProcNum());
    }
  }

  @Override
  public ClaimProc createInsAdjust(CreateInsAdjustInput in, ApiRequest request) {
    Coverage coverage = coverage(in.patPlanNum());
    requireNotNegative(in.insUsed(), in.deductibleUsed());
    LocalDate date = in.date() == null ? request.serverTime().toLocalDate() : in.date();
    long num = insert(coverage, in.insUsed() == null ? BigDecimal.ZERO : in.insUsed(),
        in.deductibleUsed() == null ? BigDecimal.ZERO : in.deductibleUsed(), date);
    return daos.claimProcs().findById(num).orElseThrow();
  }

  @Override
  public ClaimProc createSupplemental(CreateSupplementalInput in, ApiRequest request) {
    ClaimProc original = daos.claimProcs().findById(in.claimProcNum())
        .orElseThrow(() -> new NotFoundException("ClaimProc not found (ClaimProcNum " + in.claimProcNum() + ")"));
    if (original.claimNum() == 0 || (original.status() != ClaimProcStatus.RECEIVED
        && original.status() != ClaimProcStatus.SUPPLEMENTAL)) {
      throw new BadRequestException("ClaimProcNum: only a received claimproc of a claim can be supplemented",
          List.of("ClaimProcNum"));
    }
    LocalDate today = request.serverTime().toLocalDate();
    long num = daos.claimProcs().insert(RecordCopy.with(ClaimProc.defaults(), "procNum", original.procNum(),
        "claimNum", original.claimNum(), "patNum", original.patNum(), "provNum", original.provNum(),
        "status", ClaimProcStatus.SUPPLEMENTAL, "insPayAmt", in.insPayAmt() == null ? BigDecimal.ZERO : in.insPayAmt(),
        "planNum", original.planNum(), "insSubNum", original.insSubNum(), "dateCP", today,
        "procDate", original.procDate(), "dateEntry", today, "clinicNum", original.clinicNum(),
        "codeSent", original.codeSent(), "secDateEntry", today, "dateSuppReceived", today));
    ClaimTotals.recompute(daos, original.claimNum());
    return daos.claimProcs().findById(num).orElseThrow();
  }

  private record Coverage(PatPlan patPlan, InsSub sub) {}

  private Coverage coverage(long patPlanNum) {
    PatPlan patPlan = daos.patPlans().findById(patPlanNum)
        .orElseThrow(() -> new NotFoundException("PatPlan not found (PatPlanNum " + patPlanNum + ")"));
    InsSub sub = daos.insSubs().findById(patPlan.insSubNum())
        .orElseThrow(() -> new NotFoundException("InsSub not found (InsSubNum " + patPlan.insSubNum() + ")"));
    return new Coverage(patPlan, sub);
  }

  private List<ClaimProc> adjustments(Coverage c) {
    return Pages.all((o, l) -> daos.claimProcs().list(new ClaimProcFilter(null, null, c.patPlan().patNum(),
        ClaimProcStatus.ADJUSTMENT, null), o, l)).stream()
        .filter(cp -> cp.insSubNum() == c.sub().insSubNum() && cp.planNum() == c.sub().planNum()).toList();
  }

  private long insert(Coverage c, BigDecimal insUsed, BigDecimal dedUsed, LocalDate date) {
    return daos.claimProcs().insert(RecordCopy.with(ClaimProc.defaults(), "patNum", c.patPlan().patNum(),
        "status", ClaimProcStatus.ADJUSTMENT, "insPayAmt", insUsed, "dedApplied", dedUsed,
        "planNum", c.sub().planNum(), "insSubNum", c.sub().insSubNum(), "procDate", date, "dateCP", date,
        "dateEntry", date, "secDateEntry", date));
  }

  private static void requireNotNegative(BigDecimal insUsed, BigDecimal dedUsed) {
    if ((insUsed != null && insUsed.signum() < 0) || (dedUsed != null && dedUsed.signum() < 0)) {
      throw new BadRequestException("insUsed and deductibleUsed cannot be negative",
          List.of("insUsed", "deductibleUsed"));
    }
  }
}
