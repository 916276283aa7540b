package dev.odgen.samples.app.money;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.PaySplitFilter;
import dev.odgen.samples.opendental.entity.DefCat;
import dev.odgen.samples.opendental.entity.PayPlan;
import dev.odgen.samples.opendental.entity.PayPlanCharge;
import dev.odgen.samples.opendental.entity.PayPlanChargeNumAndAmount;
import dev.odgen.samples.opendental.entity.PaySplit;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.entity.Payment;
import dev.odgen.samples.opendental.entity.PaymentCreditCardSource;
import dev.odgen.samples.opendental.entity.ProcNumAndAmount;
import dev.odgen.samples.opendental.entity.ProcessStat;
import dev.odgen.samples.opendental.server.PaymentActions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code POST /payments}, {@code POST /payments/Refund} and {@code PUT /payments/{PayNum}/Partial}: a patient
 * payment and its splits. Splits go to open charges oldest first (the patient's only with isPatientPreferred, the
 * listed procedures with procNums, a dynamic plan's charges with payPlanNum); whatever is left becomes one
 * unearned split of the PrepaymentUnearnedType type. The splits always add up to PayAmt.
 */
public final class PaymentDesk implements PaymentActions {
  private final OpenDentalDaos daos;
  private final Office office;
  private final OpenCharges openCharges;
  private final PlanCharges planCharges;
  private final SplitWriter splits;

  public PaymentDesk(OpenDentalDaos daos) {
    this.daos = daos;
    this.office = new Office(daos);
    this.openCharges = new OpenCharges(daos);
    this.planCharges = new PlanCharges(daos);
    this.splits = new SplitWriter(daos);
  }

  @Override
  public Payment createAndAllocate(CreateAndAllocateInput in, ApiRequest request) {
    Patient patient = office.patient(in.patNum());
    if (in.payAmt().signum() <= 0) {
      throw new BadRequestException("PayAmt: must be more than 0 (refunds go through POST /payments/Refund)",
          List.of("PayAmt"));
    }
    LocalDate today = request.serverTime().toLocalDate();
    LocalDate payDate = in.payDate() == null ? today : in.payDate();
    if (payDate.isAfter(today) && !office.isOn("FutureTransDatesAllowed")) {
      throw new BadRequestException("PayDate: future dates are not allowed by the office", List.of("PayDate"));
    }
    long payType = office.definitionOr(in.payType(), DefCat.PAYMENT_TYPES, "PayType", "ApiPaymentType");
    long clinicNum = in.clinicNum() == null ? patient.clinicNum() : in.clinicNum();
    List<Long> family = office.family(patient);
    PayPlan plan = in.payPlanNum() == null || in.payPlanNum() == 0 ? null : dynamicPlanOf(in.payPlanNum(), family);
    long payNum = daos.payments().insert(new Payment(0, payType, null, payDate, in.payAmt(), text(in.checkNum()),
        text(in.bankBranch()), text(in.payNote()), patient.patNum(), clinicNum, today, 0, "", false, 0, null,
        PaymentCreditCardSource.API, ProcessStat.OFFICE_PROCESSED, null, false, null));
    BigDecimal left = in.payAmt();
    boolean prepayment = Boolean.TRUE.equals(in.isPrepayment());
    if (!prepayment) {
      if (plan != null) {
        left = payPlanCharges(payNum, plan, left, payDate, clinicNum);
      } else {
        left = payCharges(payNum, chargesFor(in, patient, family), left, payDate);
      }
    }
    if (left.signum() > 0) {
      splits.unearned(payNum, patient.patNum(), left, payDate, unearnedType(), clinicNum,
          plan == null ? 0 : plan.payPlanNum());
    }
    return reread(payNum);
  }

  private List<OpenCharge> chargesFor(CreateAndAllocateInput in, Patient patient, List<Long> family) {
    if (in.procNums() != null && !in.procNums().isEmpty()) {
      // procedures outside the family are ignored, as documented
      return openCharges.ofAll(family, 0).stream().filter(c -> in.procNums().contains(c.procNum())).toList();
    }
    if (Boolean.TRUE.equals(in.isPatientPreferred())) {
      return openCharges.of(patient.patNum(), 0);
    }
    return openCharges.ofAll(family, 0);
  }

  private BigDecimal payCharges(long payNum, List<OpenCharge> charges, BigDecimal amount, LocalDate date) {
    Allocation allocation = Allocation.fifo(amount, charges);
    allocation.parts().forEach(part -> splits.toCharge(payNum, date, part));
    return allocation.remainder();
  }

  private BigDecimal payPlanCharges(long payNum, PayPlan plan, BigDecimal amount, LocalDate date, long clinicNum) {
    BigDecimal left = amount;
    for (PlanCharges.Due due : planCharges.due(plan.payPlanNum(), 0)) {
      if (left.signum() <= 0) {
        break;
      }
      BigDecimal take = left.min(due.open());
      PayPlanCharge charge = due.charge();
      splits.toPayPlanCharge(payNum, charge.patNum(), charge.provNum(), plan.payPlanNum(), charge.payPlanChargeNum(),
          take, date, clinicNum);
      left = left.subtract(take);
    }
    return left;
  }

  @Override
  public Payment refund(RefundInput in, ApiRequest request) {
    Payment original = daos.payments().findById(in.payNum())
        .orElseThrow(() -> new NotFoundException("Payment not found (PayNum " + in.payNum() + ")"));
    List<PaySplit> originalSplits = splitsOf(original.payNum());
    if (original.payAmt().signum() <= 0 || originalSplits.stream().anyMatch(s -> s.splitAmt().signum() < 0)) {
      throw new BadRequestException("PayNum: a payment with a negative amount or negative paysplits cannot be refunded",
          List.of("PayNum"));
    }
    if (originalSplits.stream().anyMatch(s -> s.payPlanNum() != 0 || s.payPlanChargeNum() != 0)) {
      throw new BadRequestException("PayNum: payments attached to payment plans cannot be refunded",
          List.of("PayNum"));
    }
    LocalDate today = request.serverTime().toLocalDate();
    long payNum = daos.payments().insert(new Payment(0, original.payType(), null, today, original.payAmt().negate(),
        original.checkNum(), original.bankBranch(), original.payNote(), original.patNum(), original.clinicNum(), today,
        0, "", original.isRecurringCC(), 0, null, PaymentCreditCardSource.NONE, ProcessStat.OFFICE_PROCESSED, null,
        original.isCcCompleted(), null));
    originalSplits.forEach(s -> splits.reversal(payNum, s, today));
    return reread(payNum);
  }

  @Override
  public Payment partial(PartialInput in, ApiRequest request) {
    Payment payment = daos.payments().findById(in.payNum())
        .orElseThrow(() -> new NotFoundException("Payment not found (PayNum " + in.payNum() + ")"));
    List<ProcNumAndAmount> procs = in.procNumsAndAmounts() == null ? List.of() : in.procNumsAndAmounts();
    List<PayPlanChargeNumAndAmount> planParts =
        in.payPlanChargeNumsAndAmounts() == null ? List.of() : in.payPlanChargeNumsAndAmounts();
    if (procs.isEmpty() && planParts.isEmpty()) {
      throw new BadRequestException("procNumsAndAmounts or payPlanChargeNumsAndAmounts is required",
          List.of("procNumsAndAmounts", "payPlanChargeNumsAndAmounts"));
    }
    BigDecimal total = procs.stream().map(ProcNumAndAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
        .add(planParts.stream().map(PayPlanChargeNumAndAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    if (total.compareTo(payment.payAmt()) != 0) {
      throw new BadRequestException("the Amounts add up to " + total.toPlainString() + ", not the payment's PayAmt "
          + payment.payAmt().toPlainString());
    }
    Patient patient = office.patient(payment.patNum());
    List<Long> family = office.family(patient);
    Map<Long, OpenCharge> open = openCharges.ofAll(family, payment.payNum()).stream()
        .filter(c -> c.procNum() != 0).collect(Collectors.toMap(OpenCharge::procNum, Function.identity()));
    for (ProcNumAndAmount part : procs) {
      if (daos.procedureLogs().findById(part.procNum()).isEmpty()) {
        throw new NotFoundException("Procedure not found (ProcNum " + part.procNum() + ")");
      }
      OpenCharge charge = open.get(part.procNum());
      if (charge == null) {
        throw new BadRequestException("procNumsAndAmounts: procedure " + part.procNum()
            + " has no outstanding charge in the patient's family", List.of("procNumsAndAmounts"));
      }
      if (part.amount().signum() <= 0 || part.amount().compareTo(charge.open()) > 0) {
        throw new BadRequestException("procNumsAndAmounts: the Amount for procedure " + part.procNum()
            + " must be more than 0 and at most its outstanding " + charge.open().toPlainString(),
            List.of("procNumsAndAmounts"));
      }
    }
    Map<Long, PayPlanCharge> planChargeOf = new HashMap<>();
    for (PayPlanChargeNumAndAmount part : planParts) {
      PayPlanCharge charge = daos.payPlanCharges().findById(part.payPlanChargeNum()).orElseThrow(() ->
          new NotFoundException("PayPlanCharge not found (PayPlanChargeNum " + part.payPlanChargeNum() + ")"));
      dynamicPlanOf(charge.payPlanNum(), family);
      if (part.amount().signum() <= 0) {
        throw new BadRequestException("payPlanChargeNumsAndAmounts: each Amount must be more than 0",
            List.of("payPlanChargeNumsAndAmounts"));
      }
      planChargeOf.put(part.payPlanChargeNum(), charge);
    }
    splitsOf(payment.payNum()).forEach(s -> daos.paySplits().delete(s.splitNum()));
    for (ProcNumAndAmount part : procs) {
      splits.toCharge(payment.payNum(), payment.payDate(), open.get(part.procNum()).withOpen(part.amount()));
    }
    for (PayPlanChargeNumAndAmount part : planParts) {
      PayPlanCharge charge = planChargeOf.get(part.payPlanChargeNum());
      splits.toPayPlanCharge(payment.payNum(), charge.patNum(), charge.provNum(), charge.payPlanNum(),
          charge.payPlanChargeNum(), part.amount(), payment.payDate(), payment.clinicNum());
    }
    return reread(payment.payNum());
  }

  private PayPlan dynamicPlanOf(long payPlanNum, List<Long> family) {
    PayPlan plan = daos.payPlans().findById(payPlanNum)
        .orElseThrow(() -> new NotFoundException("PayPlan not found (PayPlanNum " + payPlanNum + ")"));
    if (!plan.isDynamic()) {
      throw new BadRequestException("payPlanNum: payment plan " + payPlanNum + " is not a dynamic payment plan",
          List.of("payPlanNum"));
    }
    if (!family.contains(plan.patNum()) && !family.contains(plan.guarantor())) {
      throw new BadRequestException("payPlanNum: payment plan " + payPlanNum + " is not of the patient's family",
          List.of("payPlanNum"));
    }
    if (plan.isClosed()) {
      throw new BadRequestException("payPlanNum: payment plan " + payPlanNum + " is closed", List.of("payPlanNum"));
    }
    return plan;
  }

  private long unearnedType() {
    return office.definitionOr(null, DefCat.PAY_SPLIT_UNEARNED_TYPE, "isPrepayment", "PrepaymentUnearnedType");
  }

  private List<PaySplit> splitsOf(long payNum) {
    return new ArrayList<>(Pages.all((o, l) -> daos.paySplits().list(new PaySplitFilter(null, payNum, null), o, l)));
  }

  private Payment reread(long payNum) {
    return daos.payments().findById(payNum).orElseThrow();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
