package dev.odgen.samples.app.money;

import dev.odgen.runtime.jdbc.Params;
import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.app.records.RecordCopy;
import dev.odgen.samples.opendental.dao.ClaimProcFilter;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.PatPlanFilter;
import dev.odgen.samples.opendental.entity.Claim;
import dev.odgen.samples.opendental.entity.ClaimProc;
import dev.odgen.samples.opendental.entity.ClaimProcStatus;
import dev.odgen.samples.opendental.entity.ClaimSplit;
import dev.odgen.samples.opendental.entity.ClaimStatusCode;
import dev.odgen.samples.opendental.entity.ClaimTypeCode;
import dev.odgen.samples.opendental.entity.Etrans;
import dev.odgen.samples.opendental.entity.EtransType;
import dev.odgen.samples.opendental.entity.InsPlan;
import dev.odgen.samples.opendental.entity.InsSub;
import dev.odgen.samples.opendental.entity.PatPlan;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.entity.PlaceOfService;
import dev.odgen.samples.opendental.entity.ProcStat;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import dev.odgen.samples.opendental.entity.Relat;
import dev.odgen.samples.opendental.server.ClaimActions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /claims} (a claim built from procedures: its claimprocs, fee and estimate), {@code PUT
 * /claims/{ClaimNum}/Status} (marked sent, with an Etrans row) and {@code PUT /claims/{ClaimNum}/Split} (some
 * procedures moved to a new claim; the fees and estimates of both follow their claimprocs).
 */
public final class ClaimDesk implements ClaimActions {
  private final OpenDentalDaos daos;
  private final Office office;

  public ClaimDesk(OpenDentalDaos daos) {
    this.daos = daos;
    this.office = new Office(daos);
  }

  @Override
  public Claim createFromProcedures(CreateFromProceduresInput in, ApiRequest request) {
    Patient patient = office.patient(in.patNum());
    ClaimTypeCode type = switch (in.claimType()) {
      case "P" -> ClaimTypeCode.P;
      case "S" -> ClaimTypeCode.S;
      case "PreAuth" -> ClaimTypeCode.PRE_AUTH;
      default -> throw new BadRequestException("ClaimType: must be P, S or PreAuth", List.of("ClaimType"));
    };
    boolean preAuth = type == ClaimTypeCode.PRE_AUTH;
    if (in.procNums() == null || in.procNums().isEmpty()) {
      throw new BadRequestException("procNums: at least one procedure is required", List.of("procNums"));
    }
    if (preAuth && (in.insSubNum() == null || in.patRelat() == null)) {
      throw new BadRequestException("InsSubNum and PatRelat are required for a PreAuth",
          List.of("InsSubNum", "PatRelat"));
    }
    PatPlan patPlan = coverage(patient, in.insSubNum(), type == ClaimTypeCode.S ? 2 : 1);
    InsSub sub = daos.insSubs().findById(patPlan.insSubNum())
        .orElseThrow(() -> new NotFoundException("InsSub not found (InsSubNum " + patPlan.insSubNum() + ")"));
    InsPlan plan = daos.insPlans().findById(sub.planNum())
        .orElseThrow(() -> new NotFoundException("InsPlan not found (PlanNum " + sub.planNum() + ")"));
    List<ProcedureLog> procs = new ArrayList<>();
    for (long procNum : in.procNums().stream().distinct().toList()) {
      ProcedureLog proc = daos.procedureLogs().findById(procNum)
          .orElseThrow(() -> new NotFoundException("Procedure not found (ProcNum " + procNum + ")"));
      if (proc.patNum() != patient.patNum()) {
        throw new BadRequestException("procNums: procedure " + procNum + " is not the patient's", List.of("procNums"));
      }
      ProcStat wanted = preAuth ? ProcStat.TP : ProcStat.C;
      if (proc.procStatus() != wanted) {
        throw new BadRequestException("procNums: procedure " + procNum + " must be "
            + (preAuth ? "treatment planned for a PreAuth" : "complete"), List.of("procNums"));
      }
      if (!preAuth && alreadyClaimed(procNum, plan.planNum())) {
        throw new BadRequestException("procNums: procedure " + procNum + " is already on a claim of this plan",
            List.of("procNums"));
      }
      procs.add(proc);
    }
    procs.sort(Comparator.comparing(ProcedureLog::procDate));
    LocalDate today = request.serverTime().toLocalDate();
    long provTreat = in.provTreat() != null && in.provTreat() != 0 ? in.provTreat() : procs.get(0).provNum();
    long provBill = in.provBill() != null && in.provBill() != 0 ? in.provBill() : provTreat;
    LocalDate dateService = preAuth ? null : in.dateService() != null ? in.dateService() : procs.get(0).procDate();
    Relat relat = in.patRelat() != null ? in.patRelat() : patPlan.relationship();
    long claimForm = in.claimForm() != null && in.claimForm() != 0 ? in.claimForm() : plan.claimFormNum();
    long insSubNum2 = in.insSubNum2() == null ? 0 : in.insSubNum2();
    long planNum2 = insSubNum2 == 0 ? 0 : daos.insSubs().findById(insSubNum2)
        .orElseThrow(() -> new NotFoundException("InsSub not found (InsSubNum " + insSubNum2 + ")")).planNum();
    long claimNum = daos.claims().insert(new Claim(0, patient.patNum(), dateService,
        in.dateSent() == null ? today : in.dateSent(), ClaimStatusCode.U, null, plan.planNum(), provTreat,
        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, "N", null, "", "", type, provBill,
        PlaceOfService.OFFICE, "", null, "", false, 0, null, relat, planNum2,
        in.patRelat2() == null ? Relat.SELF : in.patRelat2(), BigDecimal.ZERO, claimForm, sub.insSubNum(), insSubNum2,
        "", 0, null, 0, null));
    for (ProcedureLog proc : procs) {
      attach(claimNum, proc, plan.planNum(), sub.insSubNum(), preAuth, today);
    }
    ClaimTotals.recompute(daos, claimNum);
    return daos.claims().findById(claimNum).orElseThrow();
  }

  /** The patient's patplan for {@code insSubNum}, or the one of {@code ordinal} (1 primary, 2 secondary). */
  private PatPlan coverage(Patient patient, Long insSubNum, int ordinal) {
    List<PatPlan> plans = Pages.all((o, l) -> daos.patPlans().list(new PatPlanFilter(patient.patNum(), null), o, l));
    if (insSubNum != null && insSubNum != 0) {
      if (!daos.insSubs().exists(insSubNum)) {
        throw new NotFoundException("InsSub not found (InsSubNum " + insSubNum + ")");
      }
      return plans.stream().filter(p -> p.insSubNum() == insSubNum).findFirst().orElseThrow(() ->
          new BadRequestException("InsSubNum: subscription " + insSubNum + " does not cover the patient",
              List.of("InsSubNum")));
    }
    return plans.stream().filter(p -> p.ordinal() == ordinal).findFirst().orElseThrow(() ->
        new BadRequestException("InsSubNum: the patient has no " + (ordinal == 1 ? "primary" : "secondary")
            + " insurance", List.of("InsSubNum")));
  }

  private boolean alreadyClaimed(long procNum, long planNum) {
    return claimProcsOfProc(procNum).stream().anyMatch(cp -> cp.claimNum() != 0 && cp.planNum() == planNum
        && (cp.status() == ClaimProcStatus.NOT_RECEIVED || cp.status() == ClaimProcStatus.RECEIVED));
  }

  /** Turns the procedure's estimate for the plan into the claim's claimproc, or makes a new one. */
  private void attach(long claimNum, ProcedureLog proc, long planNum, long insSubNum, boolean preAuth,
      LocalDate today) {
    BigDecimal fee = OpenCharges.charge(proc);
    ClaimProcStatus status = preAuth ? ClaimProcStatus.PREAUTH : ClaimProcStatus.NOT_RECEIVED;
    Optional<ClaimProc> estimate = claimProcsOfProc(proc.procNum()).stream()
        .filter(cp -> cp.planNum() == planNum && cp.status() == ClaimProcStatus.ESTIMATE && cp.claimNum() == 0)
        .findFirst();
    if (estimate.isPresent() && !preAuth) {
      ClaimProc cp = estimate.get();
      ColumnUpdate.of(daos.db(), "claimproc", "ClaimProcNum").set("ClaimNum", claimNum)
          .set("Status", status).set("FeeBilled", Params.money(fee)).set("DateCP", today)
          .set("InsPayEst", Params.money(cp.insEstTotal().signum() > 0 ? cp.insEstTotal() : cp.insPayEst()))
          .on(cp.claimProcNum());
      return;
    }
    daos.claimProcs().insert(RecordCopy.with(ClaimProc.defaults(), "procNum", proc.procNum(), "claimNum", claimNum,
        "patNum", proc.patNum(), "provNum", proc.provNum(), "feeBilled", fee, "status", status, "planNum", planNum,
        "dateCP", today, "codeSent", proc.procCode() == null ? "" : proc.procCode(), "procDate", proc.procDate(),
        "dateEntry", today, "clinicNum", proc.clinicNum(), "insSubNum", insSubNum, "secDateEntry", today));
  }

  private List<ClaimProc> claimProcsOfProc(long procNum) {
    return Pages.all((o, l) -> daos.claimProcs().list(new ClaimProcFilter(procNum, null, null, null, null), o, l));
  }

  @Override
  public Claim markSent(MarkSentInput in, ApiRequest request) {
    Claim claim = find(in.claimNum());
    if (claim.claimStatus() == ClaimStatusCode.R) {
      throw new BadRequestException("ClaimNum: claim " + claim.claimNum() + " is already received",
          List.of("ClaimNum"));
    }
    if (in.dateSent() == null) {
      throw new BadRequestException("DateSent is required", List.of("DateSent"));
    }
    ColumnUpdate.of(daos.db(), "claim", "ClaimNum").set("ClaimStatus", Params.enumName(ClaimStatusCode.S))
        .set("DateSent", in.dateSent()).on(claim.claimNum());
    InsPlan plan = daos.insPlans().findById(claim.planNum()).orElse(null);
    daos.etranss().insert(new Etrans(0, request.serverTime(), 0, EtransType.CLAIM_SENT, claim.claimNum(), 0, 0, 0,
        plan == null ? 0 : plan.carrierNum(), 0, claim.patNum(), 0, "", 0, "Sent through the API", 0, 0,
        claim.planNum(), claim.insSubNum(), "", "", "", 0));
    return find(claim.claimNum());
  }

  @Override
  public ClaimSplit split(SplitInput in, ApiRequest request) {
    Claim claim = find(in.claimNum());
    if (claim.claimStatus() == ClaimStatusCode.R) {
      throw new BadRequestException("ClaimNum: a received claim cannot be split", List.of("ClaimNum"));
    }
    if (in.procNums() == null || in.procNums().isEmpty()) {
      throw new BadRequestException("ProcNums: at least one procedure is required", List.of("ProcNums"));
    }
    List<ClaimProc> onClaim = Pages.all((o, l) -> daos.claimProcs().list(
        new ClaimProcFilter(null, claim.claimNum(), null, null, null), o, l)).stream()
        .filter(cp -> cp.procNum() != 0).toList();
    List<Long> procsOnClaim = onClaim.stream().map(ClaimProc::procNum).distinct().toList();
    for (long procNum : in.procNums()) {
      if (!daos.procedureLogs().exists(procNum)) {
        throw new NotFoundException("Procedure not found (ProcNum " + procNum + ")");
      }
      if (!procsOnClaim.contains(procNum)) {
        throw new BadRequestException("ProcNums: procedure " + procNum + " is not on claim " + claim.claimNum(),
            List.of("ProcNums"));
      }
    }
    if (procsOnClaim.stream().allMatch(in.procNums()::contains)) {
      throw new BadRequestException("ProcNums: at least one procedure must stay on the claim", List.of("ProcNums"));
    }
    long newClaimNum = daos.claims().insert(new Claim(0, claim.patNum(), claim.dateService(), claim.dateSent(),
        claim.claimStatus(), claim.dateReceived(), claim.planNum(), claim.provTreat(), BigDecimal.ZERO,
        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, claim.isProsthesis(), claim.priorDate(),
        claim.reasonUnderPaid(), claim.claimNote(), claim.claimType(), claim.provBill(), claim.placeService(),
        claim.accidentRelated(), claim.accidentDate(), claim.accidentST(), claim.isOrtho(), claim.orthoRemainM(),
        claim.orthoDate(), claim.patRelat(), claim.planNum2(), claim.patRelat2(), BigDecimal.ZERO, claim.claimForm(),
        claim.insSubNum(), claim.insSubNum2(), claim.priorAuthorizationNumber(), claim.customTracking(), null,
        claim.orthoTotalM(), null));
    for (ClaimProc cp : onClaim) {
      if (in.procNums().contains(cp.procNum())) {
        ColumnUpdate.of(daos.db(), "claimproc", "ClaimProcNum").set("ClaimNum", newClaimNum).on(cp.claimProcNum());
      }
    }
    ClaimTotals.recompute(daos, claim.claimNum());
    ClaimTotals.recompute(daos, newClaimNum);
    return new ClaimSplit(newClaimNum, List.copyOf(in.procNums()));
  }

  private Claim find(long claimNum) {
    return daos.claims().findById(claimNum)
        .orElseThrow(() -> new NotFoundException("Claim not found (ClaimNum " + claimNum + ")"));
  }
}
