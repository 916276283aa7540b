package dev.odgen.samples.app.demo;

import dev.odgen.samples.app.records.RecordCopy;
import dev.odgen.samples.opendental.dao.ClaimProcFilter;
import dev.odgen.samples.opendental.dao.DefinitionFilter;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.ProcedureLogFilter;
import dev.odgen.samples.opendental.entity.AdjustmentPatch;
import dev.odgen.samples.opendental.entity.Claim;
import dev.odgen.samples.opendental.entity.ClaimPayment;
import dev.odgen.samples.opendental.entity.ClaimProc;
import dev.odgen.samples.opendental.entity.ClaimProcPatch;
import dev.odgen.samples.opendental.entity.ClaimProcStatus;
import dev.odgen.samples.opendental.entity.ClaimStatusCode;
import dev.odgen.samples.opendental.entity.ClaimTypeCode;
import dev.odgen.samples.opendental.entity.DefCat;
import dev.odgen.samples.opendental.entity.Definition;
import dev.odgen.samples.opendental.entity.DefinitionPatch;
import dev.odgen.samples.opendental.entity.Document;
import dev.odgen.samples.opendental.entity.DynamicPayPlanTPOptions;
import dev.odgen.samples.opendental.entity.EobAttach;
import dev.odgen.samples.opendental.entity.ImageType;
import dev.odgen.samples.opendental.entity.PayPlan;
import dev.odgen.samples.opendental.entity.PayPlanCharge;
import dev.odgen.samples.opendental.entity.PayPlanChargeType;
import dev.odgen.samples.opendental.entity.PayPlanFrequency;
import dev.odgen.samples.opendental.entity.PayPlanLink;
import dev.odgen.samples.opendental.entity.PayPlanLinkType;
import dev.odgen.samples.opendental.entity.PaymentSchedule;
import dev.odgen.samples.opendental.entity.Preference;
import dev.odgen.samples.opendental.entity.ProcStat;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import dev.odgen.samples.opendental.entity.ProcedureLogPatch;
import dev.odgen.samples.opendental.entity.Relat;
import dev.odgen.samples.opendental.entity.Sheet;
import dev.odgen.samples.opendental.entity.SheetTypeEnum;
import java.math.BigDecimal;
import java.util.List;

/**
 * The back office's demo rows (issue #15): the definitions its actions default to (insurance payment types, claim
 * payment groups, payment plan and image categories) and the finance-charge preference; an insurance check for the
 * received claims with its scanned EOB; two legacy claims paid exactly 567.42 each; a dynamic payment plan not
 * yet due; documents and a sheet. Chosen so the family agings stay as {@code DemoFamilies} built them: the
 * legacy claims pay equal procedures older than every other charge, and plans and documents are not on the
 * ledger. The files of the documents and the EOB are written into the document store by {@code DemoFiles}.
 */
final class DemoBackOffice {
  private final OpenDentalDaos daos;
  private final DemoCalendar cal;

  DemoBackOffice(OpenDentalDaos daos, DemoCalendar cal) {
    this.daos = daos;
    this.cal = cal;
  }

  void insert(DemoSummary demo) {
    long insuranceCheck = definition(DefCat.INSURANCE_PAYMENT_TYPE, "Check");
    definition(DefCat.INSURANCE_PAYMENT_TYPE, "EFT");
    long group = definition(DefCat.CLAIM_PAYMENT_GROUPS, "Default");
    long ortho = definition(DefCat.PAY_PLAN_CATEGORIES, "Ortho");
    definition(DefCat.PAY_PLAN_CATEGORIES, "General");
    long pictures = definition(DefCat.IMAGE_CATS, "Patient Pictures");
    long xrays = definition(DefCat.IMAGE_CATS, "X-Rays");
    definition(DefCat.IMAGE_CATS, "Documents");
    financeChargePreference();
    // payment plans print on sheets (the sheet definition a plan names is kept as given)
    daos.preferences().insert(new Preference(0, "PayPlansUseSheets", "1"));
    long check = insuranceCheck(demo, insuranceCheck, group);
    legacyClaim(demo, 700);
    legacyClaim(demo, 701);
    daos.eobAttaches().insert(new EobAttach(0, check, cal.today().minusDays(20).atTime(9, 43, 17),
        DemoFiles.EOB_FILE, ""));
    dynamicPlan(demo, ortho);
    patientPlan(demo, ortho);
    unbilledExam(demo);
    // a planned full-mouth series for Carlos Martinez, the procedure a preauthorization asks the carrier about
    daos.procedureLogs().insert(ProcedureLogPatch.builder().patNum(demo.carlosMartinez()).procStatus(ProcStat.TP)
        .procFee(new BigDecimal("140.00")).procDate(cal.today()).dateTP(cal.today()).provNum(demo.drNguyen())
        .build());
    long first = demo.carlosMartinez();
    daos.documents().insert(new Document(0, "Panoramic", cal.today().minusDays(60).atTime(8, 12), xrays, null,
        first, DemoFiles.PANORAMIC, ImageType.RADIOGRAPH, "", null, demo.drNguyen(), false));
    daos.documents().insert(new Document(0, "Smile photo", cal.today().minusDays(30).atTime(10, 5), pictures, null,
        first, DemoFiles.PHOTO, ImageType.PHOTO, "8,9", null, demo.drNguyen(), false));
    daos.sheets().insert(new Sheet(0, SheetTypeEnum.CONSENT, first, cal.today().minusDays(30).atTime(9, 0),
        "Signed at the front desk", "Consent for treatment", false, 0, 0, 0, null));
  }

  /** The carrier's check for the demo's received claims, every received claimproc attached. */
  private long insuranceCheck(DemoSummary demo, long payType, long group) {
    List<ClaimProc> received = daos.claimProcs().list(new ClaimProcFilter(null, null, null,
        ClaimProcStatus.RECEIVED, null), 0, 100);
    BigDecimal total = received.stream().map(ClaimProc::insPayAmt).reduce(BigDecimal.ZERO, BigDecimal::add);
    long check = daos.claimPayments().insert(RecordCopy.with(ClaimPayment.defaults(), "checkDate",
        cal.daysAgo(20), "checkAmt", total, "checkNum", "2468657", "bankBranch", "Southwest Federal Bank",
        "carrierName", "Bluebird Dental", "payType", payType, "payGroup", group, "secDateEntry", cal.daysAgo(20)));
    for (ClaimProc cp : received) {
      daos.claimProcs().update(cp.claimProcNum(),
          ClaimProcPatch.builder().claimPaymentNum(check).build());
    }
    return check;
  }

  /**
   * One of Henrik Larsen's two visits at his former dentist, long ago, billed and received, its payment (567.42)
   * not yet entered: a claim an insurance check can be posted to. The procedure's fee equals the payment, and it is
   * the oldest charge, so the family's aging is unchanged.
   */
  private void legacyClaim(DemoSummary demo, int daysAgo) {
    BigDecimal amount = new BigDecimal("567.42");
    long procNum = daos.procedureLogs().insert(ProcedureLogPatch.builder().patNum(demo.henrikLarsen())
        .procStatus(ProcStat.C).procFee(amount).procDate(cal.daysAgo(daysAgo)).provNum(demo.drNguyen()).build());
    long claimNum = daos.claims().insert(RecordCopy.with(Claim.defaults(), "patNum", demo.henrikLarsen(),
        "dateService", cal.daysAgo(daysAgo), "dateSent", cal.daysAgo(daysAgo - 1), "claimStatus", ClaimStatusCode.R,
        "dateReceived", cal.daysAgo(daysAgo - 10), "provTreat", demo.drNguyen(), "provBill", demo.drNguyen(),
        "claimFee", amount, "insPayEst", amount, "insPayAmt", amount, "claimType", ClaimTypeCode.P,
        "patRelat", Relat.SELF, "claimNote", "Transferred from the former office"));
    daos.claimProcs().insert(RecordCopy.with(ClaimProc.defaults(), "procNum", procNum, "claimNum", claimNum,
        "patNum", demo.henrikLarsen(), "provNum", demo.drNguyen(), "feeBilled", amount, "insPayEst", amount,
        "status", ClaimProcStatus.RECEIVED, "insPayAmt", amount, "dateCP", cal.daysAgo(daysAgo - 10),
        "procDate", cal.daysAgo(daysAgo), "dateEntry", cal.daysAgo(daysAgo - 1)));
  }

  /**
   * Daniel Okafor pays his oldest completed procedure over six months, starting in two weeks, so no charge is due
   * yet (plans are not on the ledger).
   */
  private void dynamicPlan(DemoSummary demo, long category) {
    ProcedureLog proc = daos.procedureLogs().list(new ProcedureLogFilter(demo.danielOkafor(), null, ProcStat.C,
        null, null, null, null), 0, 1).get(0);
    BigDecimal fee = proc.procFee();
    BigDecimal payment = fee.divide(BigDecimal.valueOf(6), 2, java.math.RoundingMode.UP);
    long plan = daos.payPlans().insert(new PayPlan(0, demo.danielOkafor(), demo.danielOkafor(), cal.daysAgo(45),
        BigDecimal.ZERO, "Six monthly payments", 0, fee, 0, PaymentSchedule.MONTHLY, 0, payment, BigDecimal.ZERO,
        false, category, null, true, PayPlanFrequency.MONTHLY, cal.today().plusDays(14), true, null,
        DynamicPayPlanTPOptions.AWAIT_COMPLETE, null, 0));
    daos.payPlanLinks().insert(new PayPlanLink(0, plan, PayPlanLinkType.PROCEDURE, proc.procNum(), BigDecimal.ZERO,
        null));
  }

  /**
   * Carlos Martinez's classic (not dynamic) plan: its whole schedule of three monthly debits is written when the plan
   * is made, the first one a month ago; like every plan, it is not on the ledger, so no balance changes.
   */
  private void patientPlan(DemoSummary demo, long category) {
    BigDecimal payment = new BigDecimal("100.00");
    long patient = demo.carlosMartinez();
    long plan = daos.payPlans().insert(RecordCopy.with(PayPlan.defaults(), "patNum", patient, "guarantor", patient,
        "payPlanDate", cal.daysAgo(35), "note", "Three monthly payments", "completedAmt", new BigDecimal("300.00"),
        "paySchedule", PaymentSchedule.MONTHLY, "numberOfPayments", 3, "payAmt", payment, "planCategory", category,
        "chargeFrequency", PayPlanFrequency.MONTHLY, "datePayPlanStart", cal.daysAgo(30)));
    for (int month = 0; month < 3; month++) {
      daos.payPlanCharges().insert(RecordCopy.with(PayPlanCharge.defaults(), "payPlanNum", plan, "guarantor", patient,
          "patNum", patient, "chargeDate", cal.daysAgo(30).plusMonths(month), "principal", payment,
          "note", "Payment " + (month + 1) + " of 3", "provNum", demo.drNguyen(), "chargeType", PayPlanChargeType.DEBIT));
    }
  }

  /**
   * Grace Thompson's comprehensive exam of two years ago, never billed to her carrier and written off to the same
   * cent by a discount: a completed procedure no claim holds yet, that changes no balance (it is her oldest charge,
   * and the discount pays it).
   */
  private void unbilledExam(DemoSummary demo) {
    BigDecimal fee = new BigDecimal("105.00");
    long procNum = daos.procedureLogs().insert(ProcedureLogPatch.builder().patNum(demo.graceThompson())
        .procStatus(ProcStat.C).procFee(fee).procDate(cal.daysAgo(730)).provNum(demo.drNguyen()).build());
    long discount = daos.definitions().list(new DefinitionFilter(DefCat.ADJ_TYPES, true), 0, 100).stream()
        .filter(d -> d.itemName().equals("Discount")).map(Definition::defNum).findFirst().orElse(0L);
    daos.adjustments().insert(AdjustmentPatch.builder()
        .patNum(demo.graceThompson()).provNum(demo.drNguyen()).adjAmt(fee.negate()).adjDate(cal.daysAgo(730))
        .procDate(cal.daysAgo(730)).procNum(procNum).adjType(discount).adjNote("Courtesy write-off").build());
  }

  private void financeChargePreference() {
    daos.definitions().list(new DefinitionFilter(DefCat.ADJ_TYPES, true), 0, 100).stream()
        .filter(d -> d.itemName().equals("Finance Charge")).map(Definition::defNum).findFirst()
        .ifPresent(defNum -> daos.preferences().insert(new Preference(0, "FinanceChargeAdjustmentType",
            Long.toString(defNum))));
  }

  private long definition(DefCat category, String name) {
    return daos.definitions().insert(DefinitionPatch.builder().category(category).itemName(name).itemValue("")
        .build());
  }
}
