package dev.odgen.samples.app.money;

import dev.odgen.runtime.jdbc.Params;
import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.PayPlanLinkFilter;
import dev.odgen.samples.opendental.entity.Adjustment;
import dev.odgen.samples.opendental.entity.DefCat;
import dev.odgen.samples.opendental.entity.DynamicPayPlanTPOptions;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.entity.PayPlan;
import dev.odgen.samples.opendental.entity.PayPlanCharge;
import dev.odgen.samples.opendental.entity.PayPlanChargeType;
import dev.odgen.samples.opendental.entity.PayPlanFrequency;
import dev.odgen.samples.opendental.entity.PayPlanLink;
import dev.odgen.samples.opendental.entity.PayPlanLinkType;
import dev.odgen.samples.opendental.entity.PaymentSchedule;
import dev.odgen.samples.opendental.entity.ProcStat;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import dev.odgen.samples.opendental.server.PayPlanActions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Dynamic payment plans ({@code POST /payplans/Dynamic}, {@code PUT /payplans/{PayPlanNum}/Dynamic}) and closing
 * a plan ({@code PUT /payplans/{PayPlanNum}/Close}). A dynamic plan's production is its linked procedures and
 * adjustments; the per-period payment comes from NumberOfPayments by the annuity formula when PayAmt is not given.
 * The deprecated {@code POST /payplans} keeps the generated 410 Gone.
 */
public final class PayPlanDesk implements PayPlanActions {
  private static final DateTimeFormatter TERMS_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  private final OpenDentalDaos daos;
  private final Office office;
  private final PlanCharges planCharges;

  public PayPlanDesk(OpenDentalDaos daos) {
    this.daos = daos;
    this.office = new Office(daos);
    this.planCharges = new PlanCharges(daos);
  }

  /** A procedure or adjustment going onto the plan, with its amount. */
  private record Production(PayPlanLinkType type, long key, BigDecimal amount, boolean completed) {}

  @Override
  public PayPlan createDynamic(CreateDynamicInput in, ApiRequest request) {
    Patient patient = office.patient(in.patNum());
    long guarantor = in.guarantor() == null || in.guarantor() == 0 ? patient.patNum()
        : office.patient(in.guarantor()).patNum();
    if ((in.payAmt() == null) == (in.numberOfPayments() == null)) {
      throw new BadRequestException("PayAmt or NumberOfPayments is required, and not both",
          List.of("PayAmt", "NumberOfPayments"));
    }
    List<Long> procNums = in.procNums() == null ? List.of() : in.procNums();
    List<Long> adjNums = in.adjNums() == null ? List.of() : in.adjNums();
    if (procNums.isEmpty() && adjNums.isEmpty()) {
      throw new BadRequestException("procNums or adjNums is required", List.of("procNums", "adjNums"));
    }
    LocalDate today = request.serverTime().toLocalDate();
    LocalDate planDate = in.payPlanDate() == null ? today : in.payPlanDate();
    BigDecimal apr = in.apr() == null ? BigDecimal.ZERO : in.apr();
    BigDecimal down = in.downPayment() == null ? BigDecimal.ZERO : in.downPayment();
    boolean locked = in.isLocked() == null || in.isLocked();
    if (apr.signum() < 0 || down.signum() < 0) {
      throw new BadRequestException("APR and DownPayment cannot be negative", List.of("APR", "DownPayment"));
    }
    if (apr.signum() > 0 && !locked) {
      throw new BadRequestException("IsLocked: must be true when APR is above 0", List.of("IsLocked"));
    }
    DynamicPayPlanTPOptions option = in.dynamicPayPlanTPOption() == null
        || in.dynamicPayPlanTPOption() == DynamicPayPlanTPOptions.NONE
        ? DynamicPayPlanTPOptions.AWAIT_COMPLETE : in.dynamicPayPlanTPOption();
    List<Production> production = production(patient, procNums, adjNums, option);
    BigDecimal total = production.stream().map(Production::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal completed = production.stream().filter(Production::completed).map(Production::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (down.compareTo(total) > 0) {
      throw new BadRequestException("DownPayment: more than the plan's total " + total.toPlainString(),
          List.of("DownPayment"));
    }
    PayPlanFrequency frequency = in.chargeFrequency() == null ? PayPlanFrequency.MONTHLY : in.chargeFrequency();
    BigDecimal payAmt = payAmt(in.payAmt(), in.numberOfPayments(), total.subtract(down), apr, frequency);
    long category = in.planCategory() == null || in.planCategory() == 0 ? 0
        : office.definitionOr(in.planCategory(), DefCat.PAY_PLAN_CATEGORIES, "PlanCategory", null);
    String note = terms(today, planDate, total, apr, payAmt, down, frequency) + text(in.note());
    long payPlanNum = daos.payPlans().insert(new PayPlan(0, patient.patNum(), guarantor, planDate, apr, note, 0,
        completed, 0, PaymentSchedule.MONTHLY, 0, payAmt, down, false, category, null, true, frequency,
        in.datePayPlanStart() == null ? planDate.plusMonths(1) : in.datePayPlanStart(), locked,
        in.dateInterestStart(), option, null, 0));
    for (Production p : production) {
      daos.payPlanLinks().insert(new PayPlanLink(0, payPlanNum, p.type(), p.key(), BigDecimal.ZERO, null));
    }
    if (down.signum() > 0) {
      daos.payPlanCharges().insert(new PayPlanCharge(0, payPlanNum, guarantor, patient.patNum(), planDate, down,
          BigDecimal.ZERO, "Down Payment", patient.priProv(), patient.clinicNum(), PayPlanChargeType.DEBIT, 0, null,
          null, 0, 0, PayPlanLinkType.NONE, false));
    }
    return reread(payPlanNum);
  }

  private BigDecimal payAmt(BigDecimal payAmt, Integer numberOfPayments, BigDecimal financed, BigDecimal apr,
      PayPlanFrequency frequency) {
    if (payAmt != null) {
      if (payAmt.signum() <= 0) {
        throw new BadRequestException("PayAmt: must be more than 0", List.of("PayAmt"));
      }
      return payAmt;
    }
    if (numberOfPayments <= 0) {
      throw new BadRequestException("NumberOfPayments: must be more than 0", List.of("NumberOfPayments"));
    }
    return Amortization.payment(financed, numberOfPayments, apr, frequency);
  }

  private List<Production> production(Patient patient, List<Long> procNums, List<Long> adjNums,
      DynamicPayPlanTPOptions option) {
    List<Long> family = office.family(patient);
    List<Production> production = new ArrayList<>();
    for (long procNum : procNums.stream().distinct().toList()) {
      ProcedureLog proc = daos.procedureLogs().findById(procNum)
          .orElseThrow(() -> new NotFoundException("Procedure not found (ProcNum " + procNum + ")"));
      if (!family.contains(proc.patNum())) {
        throw new BadRequestException("procNums: procedure " + procNum + " is not of the patient's family",
            List.of("procNums"));
      }
      boolean done = proc.procStatus() == ProcStat.C;
      if (!done && proc.procStatus() != ProcStat.TP) {
        throw new BadRequestException("procNums: procedure " + procNum + " is neither complete nor treatment planned",
            List.of("procNums"));
      }
      requireUnattached(PayPlanLinkType.PROCEDURE, procNum, "procNums");
      production.add(new Production(PayPlanLinkType.PROCEDURE, procNum, OpenCharges.charge(proc),
          done || option == DynamicPayPlanTPOptions.TREAT_AS_COMPLETE));
    }
    for (long adjNum : adjNums.stream().distinct().toList()) {
      Adjustment adj = daos.adjustments().findById(adjNum)
          .orElseThrow(() -> new NotFoundException("Adjustment not found (AdjNum " + adjNum + ")"));
      if (!family.contains(adj.patNum())) {
        throw new BadRequestException("adjNums: adjustment " + adjNum + " is not of the patient's family",
            List.of("adjNums"));
      }
      requireUnattached(PayPlanLinkType.ADJUSTMENT, adjNum, "adjNums");
      production.add(new Production(PayPlanLinkType.ADJUSTMENT, adjNum, adj.adjAmt(), true));
    }
    return production;
  }

  /** A procedure or adjustment can be on one payment plan only. */
  private void requireUnattached(PayPlanLinkType type, long key, String field) {
    var q = daos.db().dialect();
    boolean linked = daos.db().queryOne("SELECT COUNT(*) FROM " + q.quote("payplanlink") + " WHERE "
        + q.quote("LinkType") + " = ? AND " + q.quote("FKey") + " = ?", List.of(type, key), rs -> rs.getLong(1))
        .orElse(0L) > 0;
    if (linked) {
      throw new BadRequestException(field + ": " + key + " is already attached to a payment plan", List.of(field));
    }
  }

  private static String terms(LocalDate today, LocalDate planDate, BigDecimal total, BigDecimal apr,
      BigDecimal payAmt, BigDecimal down, PayPlanFrequency frequency) {
    BigDecimal cost = down.add(Amortization.totalCost(total.subtract(down), payAmt, apr, frequency));
    return today.format(TERMS_DATE) + " - Date of Agreement: " + planDate.format(TERMS_DATE) + ", Total Amount: "
        + total.setScale(2, RoundingMode.HALF_UP).toPlainString() + ", APR: " + apr.stripTrailingZeros().toPlainString()
        + ", Total Cost of Loan: " + cost.toPlainString() + ", ";
  }

  @Override
  public PayPlan close(CloseInput in, ApiRequest request) {
    PayPlan plan = find(in.payPlanNum());
    if (plan.planNum() != 0) {
      throw new BadRequestException("PayPlanNum: insurance payment plans cannot be closed", List.of("PayPlanNum"));
    }
    if (plan.isClosed()) {
      throw new BadRequestException("PayPlanNum: payment plan " + plan.payPlanNum() + " is already closed",
          List.of("PayPlanNum"));
    }
    LocalDate today = request.serverTime().toLocalDate();
    BigDecimal principalLeft = BigDecimal.ZERO;
    List<PayPlanCharge> charges = planCharges.all(plan.payPlanNum());
    // future charges go; their principal becomes due today, their not yet earned interest is dropped
    for (PayPlanCharge charge : charges) {
      if (charge.chargeType() == PayPlanChargeType.DEBIT && charge.chargeDate().isAfter(today)) {
        principalLeft = principalLeft.add(charge.principal());
        daos.payPlanCharges().delete(charge.payPlanChargeNum());
      }
    }
    if (plan.isDynamic()) {
      BigDecimal charged = charges.stream().filter(c -> c.chargeType() == PayPlanChargeType.DEBIT)
          .map(PayPlanCharge::principal).reduce(BigDecimal.ZERO, BigDecimal::add);
      principalLeft = nonNull(plan.principalAmount()).subtract(charged).max(BigDecimal.ZERO).add(principalLeft);
    }
    if (principalLeft.signum() > 0) {
      Patient patient = office.patient(plan.patNum());
      daos.payPlanCharges().insert(new PayPlanCharge(0, plan.payPlanNum(), plan.guarantor(), plan.patNum(), today,
          principalLeft, BigDecimal.ZERO, "Close Out Charge", patient.priProv(), patient.clinicNum(),
          PayPlanChargeType.DEBIT, 0, null, null, 0, 0, PayPlanLinkType.NONE, false));
    }
    ColumnUpdate.of(daos.db(), "payplan", "PayPlanNum").set("IsClosed", true).on(plan.payPlanNum());
    return reread(plan.payPlanNum());
  }

  @Override
  public PayPlan updateDynamic(UpdateDynamicInput in, ApiRequest request) {
    PayPlan plan = find(in.payPlanNum());
    if (!plan.isDynamic()) {
      throw new BadRequestException("PayPlanNum: payment plan " + plan.payPlanNum() + " is not dynamic",
          List.of("PayPlanNum"));
    }
    if (in.payAmt() != null && in.numberOfPayments() != null) {
      throw new BadRequestException("PayAmt and NumberOfPayments cannot both be sent",
          List.of("PayAmt", "NumberOfPayments"));
    }
    boolean hasCharges = !planCharges.all(plan.payPlanNum()).isEmpty();
    LocalDate today = request.serverTime().toLocalDate();
    ColumnUpdate update = ColumnUpdate.of(daos.db(), "payplan", "PayPlanNum");
    if (in.guarantor() != null && in.guarantor() != plan.guarantor()) {
      if (hasCharges) {
        throw new BadRequestException("Guarantor: cannot change once the plan has charges", List.of("Guarantor"));
      }
      update.set("Guarantor", office.patient(in.guarantor()).patNum());
    }
    if (in.payPlanDate() != null) {
      if (in.payPlanDate().isAfter(today) && !office.isOn("FutureTransDatesAllowed")) {
        throw new BadRequestException("PayPlanDate: future dates are not allowed by the office",
            List.of("PayPlanDate"));
      }
      update.set("PayPlanDate", in.payPlanDate());
    }
    BigDecimal apr = in.apr() == null ? plan.apr() : in.apr();
    boolean locked = in.isLocked() == null ? plan.isLocked() : in.isLocked();
    if (apr.signum() < 0) {
      throw new BadRequestException("APR: cannot be negative", List.of("APR"));
    }
    if (in.apr() != null && apr.signum() > 0 && office.isOn("PayPlanRequireLockForAPR")
        && !Boolean.TRUE.equals(in.isLocked())) {
      throw new BadRequestException("IsLocked: must be true in the same request when APR is above 0",
          List.of("IsLocked"));
    }
    if (in.dateInterestStart() != null && apr.signum() <= 0) {
      throw new BadRequestException("DateInterestStart: only when APR is above 0", List.of("DateInterestStart"));
    }
    if (in.datePayPlanStart() != null && hasCharges) {
      throw new BadRequestException("DatePayPlanStart: cannot change once the plan has charges",
          List.of("DatePayPlanStart"));
    }
    if (in.sheetDefNum() != null && !office.isOn("PayPlansUseSheets")) {
      throw new BadRequestException("SheetDefNum: the office does not use sheets for payment plans",
          List.of("SheetDefNum"));
    }
    PayPlanFrequency frequency = in.chargeFrequency() == null ? plan.chargeFrequency() : in.chargeFrequency();
    BigDecimal financed = nonNull(plan.principalAmount()).subtract(nonNull(plan.downPayment()));
    if (in.payAmt() != null || in.numberOfPayments() != null) {
      update.set("PayAmt", Params.money(payAmt(in.payAmt(), in.numberOfPayments(), financed, apr, frequency)));
    }
    if (in.apr() != null) {
      update.set("APR", Params.money(apr));
    }
    if (in.isLocked() != null) {
      update.set("IsLocked", locked);
    }
    if (in.note() != null) {
      update.set("Note", in.note());
    }
    if (in.planCategory() != null) {
      update.set("PlanCategory", in.planCategory() == 0 ? 0L
          : office.definitionOr(in.planCategory(), DefCat.PAY_PLAN_CATEGORIES, "PlanCategory", null));
    }
    if (in.chargeFrequency() != null) {
      update.set("ChargeFrequency", frequency);
    }
    if (in.datePayPlanStart() != null) {
      update.set("DatePayPlanStart", in.datePayPlanStart());
    }
    if (in.dateInterestStart() != null) {
      update.set("DateInterestStart", in.dateInterestStart());
    }
    if (in.sheetDefNum() != null) {
      update.set("SheetDefNum", in.sheetDefNum());
    }
    update.on(plan.payPlanNum());
    return reread(plan.payPlanNum());
  }

  private PayPlan find(long payPlanNum) {
    return daos.payPlans().findById(payPlanNum)
        .orElseThrow(() -> new NotFoundException("PayPlan not found (PayPlanNum " + payPlanNum + ")"));
  }

  private PayPlan reread(long payPlanNum) {
    return daos.payPlans().findById(payPlanNum).orElseThrow();
  }

  /** The links of a plan (for tests and the close-out). */
  List<PayPlanLink> links(long payPlanNum) {
    return Pages.all((o, l) -> daos.payPlanLinks().list(new PayPlanLinkFilter(payPlanNum), o, l));
  }

  private static BigDecimal nonNull(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
