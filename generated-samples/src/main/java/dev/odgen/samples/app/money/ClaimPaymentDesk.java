package dev.odgen.samples.app.money;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.app.records.RecordCopy;
import dev.odgen.samples.opendental.dao.ClaimProcFilter;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.Claim;
import dev.odgen.samples.opendental.entity.ClaimPayment;
import dev.odgen.samples.opendental.entity.ClaimProc;
import dev.odgen.samples.opendental.entity.ClaimProcStatus;
import dev.odgen.samples.opendental.entity.ClaimStatusCode;
import dev.odgen.samples.opendental.entity.DefCat;
import dev.odgen.samples.opendental.server.ClaimPaymentActions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /claimpayments} (the insurance check of one received claim: its received and supplemental
 * claimprocs not yet on a check get the new ClaimPaymentNum; the amount must match them) and {@code POST
 * /claimpayments/Batch} (one check over several received claims; a different total marks it partial).
 */
public final class ClaimPaymentDesk implements ClaimPaymentActions {
  private final OpenDentalDaos daos;
  private final Office office;

  public ClaimPaymentDesk(OpenDentalDaos daos) {
    this.daos = daos;
    this.office = new Office(daos);
  }

  @Override
  public ClaimPayment createForClaim(CreateForClaimInput in, ApiRequest request) {
    if (office.isOn("ClaimPaymentBatchOnly")) {
      throw new BadRequestException("the office takes insurance payments only in batches: use POST"
          + " /claimpayments/Batch");
    }
    Claim claim = receivedClaim(in.claimNum(), "claimNum");
    List<ClaimProc> unpaid = unattached(claim.claimNum());
    if (unpaid.isEmpty()) {
      throw new BadRequestException("claimNum: claim " + claim.claimNum() + " has no received claimprocs left to pay",
          List.of("claimNum"));
    }
    BigDecimal total = total(unpaid);
    if (in.checkAmt().compareTo(total) != 0) {
      throw new BadRequestException("CheckAmt: " + in.checkAmt().toPlainString() + " does not match the InsPayAmt "
          + total.toPlainString() + " of the claim's claimprocs", List.of("CheckAmt"));
    }
    long num = insert(in.checkAmt(), in.checkDate(), in.checkNum(), in.bankBranch(), in.note(), in.clinicNum(),
        in.carrierName(), in.dateIssued(), in.payType(), in.payGroup(), false, claim, request);
    attach(unpaid, num);
    return daos.claimPayments().findById(num).orElseThrow();
  }

  @Override
  public ClaimPayment createBatch(CreateBatchInput in, ApiRequest request) {
    if (in.claimNums() == null || in.claimNums().isEmpty()) {
      throw new BadRequestException("claimNums: at least one claim is required", List.of("claimNums"));
    }
    List<Claim> claims = new ArrayList<>();
    List<ClaimProc> unpaid = new ArrayList<>();
    for (long claimNum : in.claimNums()) {
      Claim claim = receivedClaim(claimNum, "claimNums");
      claims.add(claim);
      unpaid.addAll(unattached(claimNum));
    }
    boolean partial = in.checkAmt().compareTo(total(unpaid)) != 0;
    long num = insert(in.checkAmt(), in.checkDate(), in.checkNum(), in.bankBranch(), in.note(), in.clinicNum(),
        in.carrierName(), in.dateIssued(), in.payType(), in.payGroup(), partial, claims.get(0), request);
    attach(unpaid, num);
    return daos.claimPayments().findById(num).orElseThrow();
  }

  private Claim receivedClaim(long claimNum, String field) {
    Claim claim = daos.claims().findById(claimNum)
        .orElseThrow(() -> new NotFoundException("Claim not found (ClaimNum " + claimNum + ")"));
    if (claim.claimStatus() != ClaimStatusCode.R) {
      throw new BadRequestException(field + ": claim " + claimNum + " is not received (ClaimStatus R)",
          List.of(field));
    }
    return claim;
  }

  private List<ClaimProc> unattached(long claimNum) {
    return Pages.all((o, l) -> daos.claimProcs().list(new ClaimProcFilter(null, claimNum, null, null, null), o, l))
        .stream().filter(cp -> cp.claimPaymentNum() == 0)
        .filter(cp -> cp.status() == ClaimProcStatus.RECEIVED || cp.status() == ClaimProcStatus.SUPPLEMENTAL)
        .toList();
  }

  private static BigDecimal total(List<ClaimProc> cps) {
    return cps.stream().map(ClaimProc::insPayAmt).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private long insert(BigDecimal checkAmt, LocalDate checkDate, String checkNum, String bankBranch, String note,
      Long clinicNum, String carrierName, LocalDate dateIssued, Long payType, Long payGroup, boolean partial,
      Claim claim, ApiRequest request) {
    LocalDate today = request.serverTime().toLocalDate();
    String carrier = carrierName != null && !carrierName.isBlank() ? carrierName : carrierOf(claim);
    long type = office.definitionOrNone(payType, DefCat.INSURANCE_PAYMENT_TYPE, "PayType");
    long group = office.definitionOrNone(payGroup, DefCat.CLAIM_PAYMENT_GROUPS, "PayGroup");
    return daos.claimPayments().insert(RecordCopy.with(ClaimPayment.defaults(), "checkDate",
        checkDate == null ? today : checkDate, "checkAmt", checkAmt, "checkNum", text(checkNum), "bankBranch",
        text(bankBranch), "note", text(note), "clinicNum", clinicNum == null ? 0L : clinicNum, "carrierName", carrier,
        "dateIssued", dateIssued, "isPartial", partial, "payType", type, "payGroup", group, "secDateEntry", today));
  }

  private String carrierOf(Claim claim) {
    return daos.insPlans().findById(claim.planNum())
        .flatMap(plan -> daos.carriers().findById(plan.carrierNum()))
        .map(c -> c.carrierName()).orElse("");
  }

  private void attach(List<ClaimProc> cps, long claimPaymentNum) {
    for (ClaimProc cp : cps) {
      ColumnUpdate.of(daos.db(), "claimproc", "ClaimProcNum").set("ClaimPaymentNum", claimPaymentNum)
          .on(cp.claimProcNum());
    }
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
