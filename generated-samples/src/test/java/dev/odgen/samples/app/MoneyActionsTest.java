package dev.odgen.samples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.client.ApiBadRequestException;
import dev.odgen.runtime.client.ApiNotFoundException;
import dev.odgen.samples.app.demo.DemoSummary;
import dev.odgen.samples.app.money.Amortization;
import dev.odgen.samples.opendental.client.ClaimPaymentsCreateBatchRequest;
import dev.odgen.samples.opendental.client.ClaimPaymentsCreateForClaimRequest;
import dev.odgen.samples.opendental.client.ClaimProcsCreateInsAdjustRequest;
import dev.odgen.samples.opendental.client.ClaimProcsSetInsAdjustRequest;
import dev.odgen.samples.opendental.client.ClaimsCreateFromProceduresRequest;
import dev.odgen.samples.opendental.client.OpenDentalClient;
import dev.odgen.samples.opendental.client.PayPlansCreateDynamicRequest;
import dev.odgen.samples.opendental.client.PayPlansUpdateDynamicRequest;
import dev.odgen.samples.opendental.client.PaymentsCreateAndAllocateRequest;
import dev.odgen.samples.opendental.client.ReportsFinanceChargesRequest;
import dev.odgen.samples.opendental.dao.ClaimProcFilter;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.PayPlanChargeFilter;
import dev.odgen.samples.opendental.dao.PayPlanLinkFilter;
import dev.odgen.samples.opendental.dao.PaySplitFilter;
import dev.odgen.samples.opendental.dao.PreferenceFilter;
import dev.odgen.samples.opendental.entity.AdjustmentPatch;
import dev.odgen.samples.opendental.entity.AgingRow;
import dev.odgen.samples.opendental.entity.Aging;
import dev.odgen.samples.opendental.entity.Claim;
import dev.odgen.samples.opendental.entity.ClaimPayment;
import dev.odgen.samples.opendental.entity.ClaimProc;
import dev.odgen.samples.opendental.entity.ClaimProcPatch;
import dev.odgen.samples.opendental.entity.ClaimProcStatus;
import dev.odgen.samples.opendental.entity.ClaimSplit;
import dev.odgen.samples.opendental.entity.ClaimPatch;
import dev.odgen.samples.opendental.entity.ClaimStatusCode;
import dev.odgen.samples.opendental.entity.FinanceChargeRow;
import dev.odgen.samples.opendental.entity.PatPlan;
import dev.odgen.samples.opendental.entity.PatientBalance;
import dev.odgen.samples.opendental.entity.PatientPatch;
import dev.odgen.samples.opendental.entity.PayPlan;
import dev.odgen.samples.opendental.entity.PayPlanFrequency;
import dev.odgen.samples.opendental.entity.PaySplit;
import dev.odgen.samples.opendental.entity.Payment;
import dev.odgen.samples.opendental.entity.ProcNumAndAmount;
import dev.odgen.samples.opendental.entity.ProcStat;
import dev.odgen.samples.opendental.entity.ProcedureLogPatch;
import dev.odgen.samples.opendental.entity.Relat;
import dev.odgen.samples.opendental.entity.ServiceDateViewRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The money actions over HTTP on the demo server, each test on a family of its own (so the demo families the
 * aging tests read stay as they are): splits, refunds, partial payments, dynamic plans, claims from procedures to
 * their check, insurance adjustments, and the balances, service date view and A/R report agreeing with the aging.
 */
class MoneyActionsTest {
  private OpenDentalClient client;
  private OpenDentalDaos daos;
  private DemoSummary demo;
  private final LocalDate today = LocalDate.now();

  /** The server under test: the shared demo server on H2 (the MariaDB subclass starts its own). */
  OpenDentalApp app() {
    return DemoServer.app();
  }

  @BeforeEach
  void connect() {
    OpenDentalApp app = app();
    client = OpenDentalClient.builder().baseUrl(app.baseUrl()).developerKey(ApiKeys.DEMO_DEVELOPER_KEY)
        .customerKey(ApiKeys.DEMO_CUSTOMER_KEY).build();
    daos = app.server().daos();
    demo = app.demo().orElseThrow();
  }

  @Test
  void aPaymentPaysTheOldestChargesFirstAndTheRestIsUnearned() {
    long pat = patient("Fifo");
    long older = procedure(pat, "100.00", 70);
    long newer = procedure(pat, "50.00", 10);
    Payment first = client.payments().createAndAllocate(PaymentsCreateAndAllocateRequest.of(money("120"), pat));
    assertMoney("120", first.payAmt());
    List<PaySplit> splits = splitsOf(first.payNum());
    assertEquals(2, splits.size());
    assertMoney("100", splitOn(splits, older).splitAmt());
    assertMoney("20", splitOn(splits, newer).splitAmt());
    assertMoney("30.00", client.accountModules().aging(pat).total());

    Payment second = client.payments().createAndAllocate(PaymentsCreateAndAllocateRequest.of(money("40.01"), pat));
    List<PaySplit> more = splitsOf(second.payNum());
    assertMoney("30", splitOn(more, newer).splitAmt());
    PaySplit unearned = more.stream().filter(s -> s.unearnedType() != 0).findFirst().orElseThrow();
    assertMoney("10.01", unearned.splitAmt());
    assertMoney("40.01", sum(more));
    Aging aging = client.accountModules().aging(pat);
    assertMoney("0.00", aging.total());
    assertMoney("10.01", aging.unearned());
  }

  @Test
  void familyFifoUnlessThePatientIsPreferredAndProcNumsChooseTheProcedures() {
    long guarantor = patient("Family");
    long child = patient("Family");
    daos.patients().update(child, PatientPatch.builder().guarantor(guarantor).build());
    long childOld = procedure(child, "80.00", 100);
    long own = procedure(guarantor, "60.00", 5);
    long ownOld = procedure(guarantor, "25.00", 50);
    Payment family = client.payments().createAndAllocate(PaymentsCreateAndAllocateRequest.of(money("50"), guarantor));
    assertMoney("50", splitOn(splitsOf(family.payNum()), childOld).splitAmt());
    Payment preferred = client.payments().createAndAllocate(
        PaymentsCreateAndAllocateRequest.of(money("30"), guarantor).isPatientPreferred(true));
    List<PaySplit> mine = splitsOf(preferred.payNum());
    assertMoney("25", splitOn(mine, ownOld).splitAmt());
    assertMoney("5", splitOn(mine, own).splitAmt());
    Payment chosen = client.payments().createAndAllocate(
        PaymentsCreateAndAllocateRequest.of(money("10"), guarantor).procNums(List.of(own)));
    assertMoney("10", splitOn(splitsOf(chosen.payNum()), own).splitAmt());
    List<PatientBalance> balances = client.accountModules().patientBalances(child);
    assertEquals(3, balances.size());
    PatientBalance whole = balances.get(2);
    assertEquals("Entire Family", whole.name());
    assertEquals(guarantor, whole.patNum());
    assertMoney(client.accountModules().aging(child).total().toPlainString(), whole.balance());
    assertMoney("75.00", whole.balance());   // 165 charged, 90 paid
  }

  @Test
  void aPrepaymentIsOneUnearnedSplitAndARefundReversesEverySplit() {
    long pat = patient("Prepay");
    procedure(pat, "90.00", 20);
    Payment pre = client.payments().createAndAllocate(
        PaymentsCreateAndAllocateRequest.of(money("45.50"), pat).isPrepayment(true));
    List<PaySplit> splits = splitsOf(pre.payNum());
    assertEquals(1, splits.size());
    assertTrue(splits.get(0).unearnedType() != 0);
    assertMoney("45.50", client.accountModules().aging(pat).unearned());

    Payment paid = client.payments().createAndAllocate(PaymentsCreateAndAllocateRequest.of(money("60"), pat));
    assertMoney("30.00", client.accountModules().aging(pat).total());
    Payment refund = client.payments().refund(paid.payNum());
    assertMoney("-60", refund.payAmt());
    assertMoney("-60", sum(splitsOf(refund.payNum())));
    assertMoney("90.00", client.accountModules().aging(pat).total());
    ApiBadRequestException twice = assertThrows(ApiBadRequestException.class,
        () -> client.payments().refund(refund.payNum()));
    assertTrue(twice.explanation().contains("negative"), twice.explanation());
    assertThrows(ApiNotFoundException.class, () -> client.payments().refund(99_999_999L));
  }

  @Test
  void partialReplacesTheSplitsWhenTheAmountsAddUpToThePayment() {
    long pat = patient("Partial");
    long a = procedure(pat, "40.00", 30);
    long b = procedure(pat, "70.00", 20);
    Payment payment = client.payments().createAndAllocate(PaymentsCreateAndAllocateRequest.of(money("55"), pat));
    client.payments().partial(payment.payNum(),
        List.of(new ProcNumAndAmount(a, money("15")), new ProcNumAndAmount(b, money("40"))), null);
    List<PaySplit> splits = splitsOf(payment.payNum());
    assertEquals(2, splits.size());
    assertMoney("15", splitOn(splits, a).splitAmt());
    assertMoney("40", splitOn(splits, b).splitAmt());
    ApiBadRequestException wrongTotal = assertThrows(ApiBadRequestException.class, () -> client.payments()
        .partial(payment.payNum(), List.of(new ProcNumAndAmount(a, money("10"))), null));
    assertTrue(wrongTotal.explanation().contains("PayAmt"), wrongTotal.explanation());
    assertEquals(2, splitsOf(payment.payNum()).size(), "a refused request leaves the splits alone");
    assertThrows(ApiNotFoundException.class, () -> client.payments().partial(payment.payNum(),
        List.of(new ProcNumAndAmount(88_888_888L, money("55"))), null));
    assertThrows(ApiBadRequestException.class, () -> client.payments().partial(payment.payNum(), List.of(), null));
  }

  @Test
  void paymentsRefuseUnknownPatientsAndAmountsOfZero() {
    assertThrows(ApiNotFoundException.class,
        () -> client.payments().createAndAllocate(PaymentsCreateAndAllocateRequest.of(money("5"), 77_777_777L)));
    long pat = patient("Zero");
    assertThrows(ApiBadRequestException.class,
        () -> client.payments().createAndAllocate(PaymentsCreateAndAllocateRequest.of(money("0"), pat)));
    assertThrows(ApiBadRequestException.class, () -> client.payments().createAndAllocate(
        PaymentsCreateAndAllocateRequest.of(money("5"), pat).payDate(today.plusDays(3))));
  }

  @Test
  void theAnnuityPaymentOfTheDocumentedPlan() {
    // 728.00 less a 100.00 down payment, 8 monthly payments at 10 % APR: 81.48, as on Open Dental's page
    assertMoney("81.48", Amortization.payment(money("628"), 8, money("10"), PayPlanFrequency.MONTHLY));
    assertMoney("25.00", Amortization.payment(money("100"), 4, BigDecimal.ZERO, PayPlanFrequency.MONTHLY));
    // paid in 8 payments of 81.48 with each month's interest on the balance: 8 x 81.48 less the rounding of the last
    BigDecimal total = Amortization.totalCost(money("628"), money("81.48"), money("10"), PayPlanFrequency.MONTHLY);
    assertTrue(total.compareTo(money("628")) > 0 && total.compareTo(money("651.84")) <= 0, total.toPlainString());
  }

  @Test
  void aDynamicPlanLinksItsProductionAndClosesWithTheRestDue() {
    long pat = patient("Plan");
    long proc = procedure(pat, "500.00", 15);
    PayPlan plan = client.payPlans().createDynamic(PayPlansCreateDynamicRequest.of(pat).procNums(List.of(proc))
        .numberOfPayments(5).downPayment(money("100")));
    assertTrue(plan.isDynamic());
    assertMoney("80.00", plan.payAmt());
    assertMoney("500.00", plan.completedAmt());
    assertTrue(plan.note().contains("Total Amount: 500.00"), plan.note());
    assertEquals(1, daos.payPlanLinks().list(new PayPlanLinkFilter(plan.payPlanNum()), 0, 10).size());
    ApiBadRequestException twice = assertThrows(ApiBadRequestException.class, () -> client.payPlans()
        .createDynamic(PayPlansCreateDynamicRequest.of(pat).procNums(List.of(proc)).payAmt(money("10"))));
    assertTrue(twice.explanation().contains("already attached"), twice.explanation());
    assertThrows(ApiBadRequestException.class, () -> client.payPlans().createDynamic(
        PayPlansCreateDynamicRequest.of(pat).procNums(List.of(proc))));
    assertThrows(ApiBadRequestException.class, () -> client.payPlans().createDynamic(
        PayPlansCreateDynamicRequest.of(pat).payAmt(money("10"))));

    PayPlan updated = client.payPlans().updateDynamic(plan.payPlanNum(),
        PayPlansUpdateDynamicRequest.of().payAmt(money("100")).note("weekly now")
            .chargeFrequency(PayPlanFrequency.WEEKLY));
    assertMoney("100.00", updated.payAmt());
    assertEquals("weekly now", updated.note());
    assertEquals(PayPlanFrequency.WEEKLY, updated.chargeFrequency());
    assertThrows(ApiBadRequestException.class, () -> client.payPlans().updateDynamic(plan.payPlanNum(),
        PayPlansUpdateDynamicRequest.of().payAmt(money("10")).numberOfPayments(3)));

    PayPlan closed = client.payPlans().close(plan.payPlanNum());
    assertTrue(closed.isClosed());
    BigDecimal charged = daos.payPlanCharges().list(new PayPlanChargeFilter(plan.payPlanNum()), 0, 100).stream()
        .map(c -> c.principal()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertMoney("500.00", charged);
    assertThrows(ApiBadRequestException.class, () -> client.payPlans().close(plan.payPlanNum()));
    assertThrows(ApiNotFoundException.class, () -> client.payPlans().close(66_666_666L));
  }

  @Test
  void aClaimFromProceduresIsSentSplitReceivedAndPaidByCheck() {
    long pat = patient("Claim");
    long insSub = demo.carlosInsSubNum();
    long patPlan = daos.patPlans().insert(new PatPlan(0, pat, 1, false, Relat.SELF, "", insSub, BigDecimal.ZERO,
        null, null, null));
    long p1 = procedure(pat, "200.00", 12);
    long p2 = procedure(pat, "120.00", 11);
    Claim claim = client.claims().createFromProcedures(ClaimsCreateFromProceduresRequest.of(pat, List.of(p1, p2), "P"));
    assertEquals(ClaimStatusCode.U, claim.claimStatus());
    assertMoney("320.00", claim.claimFee());
    List<ClaimProc> cps = claimProcsOf(claim.claimNum());
    assertEquals(2, cps.size());
    assertTrue(cps.stream().allMatch(cp -> cp.status() == ClaimProcStatus.NOT_RECEIVED));
    ApiBadRequestException again = assertThrows(ApiBadRequestException.class, () -> client.claims()
        .createFromProcedures(ClaimsCreateFromProceduresRequest.of(pat, List.of(p1), "P")));
    assertTrue(again.explanation().contains("already on a claim"), again.explanation());
    assertThrows(ApiBadRequestException.class, () -> client.claims()
        .createFromProcedures(ClaimsCreateFromProceduresRequest.of(pat, List.of(p1), "X")));
    assertThrows(ApiNotFoundException.class, () -> client.claims()
        .createFromProcedures(ClaimsCreateFromProceduresRequest.of(pat, List.of(55_555_555L), "P")));

    Claim sent = client.claims().markSent(claim.claimNum(), today, null);
    assertEquals(ClaimStatusCode.S, sent.claimStatus());
    assertEquals(today, sent.dateSent());

    ClaimSplit split = client.claims().split(claim.claimNum(), List.of(p2));
    assertEquals(List.of(p2), split.procNums());
    assertMoney("200.00", client.claims().get(claim.claimNum()).claimFee());
    assertMoney("120.00", client.claims().get(split.claimNum()).claimFee());
    assertThrows(ApiBadRequestException.class, () -> client.claims().split(claim.claimNum(), List.of(p1)));

    // the carrier pays 150.00 on the first claim
    ClaimProc cp = claimProcsOf(claim.claimNum()).get(0);
    client.claimProcs().update(cp.claimProcNum(), ClaimProcPatch.builder().status(ClaimProcStatus.RECEIVED)
        .insPayAmt(money("150")).build());
    assertThrows(ApiBadRequestException.class, () -> client.claimPayments()
        .createForClaim(ClaimPaymentsCreateForClaimRequest.of(claim.claimNum(), money("150"))),
        "a claim not yet received");
    client.claims().update(claim.claimNum(), ClaimPatch.builder().claimStatus(ClaimStatusCode.R)
        .dateReceived(today).build());
    ApiBadRequestException mismatch = assertThrows(ApiBadRequestException.class, () -> client.claimPayments()
        .createForClaim(ClaimPaymentsCreateForClaimRequest.of(claim.claimNum(), money("149.99"))));
    assertTrue(mismatch.explanation().contains("CheckAmt"), mismatch.explanation());
    ClaimPayment check = client.claimPayments()
        .createForClaim(ClaimPaymentsCreateForClaimRequest.of(claim.claimNum(), money("150")));
    assertMoney("150", check.checkAmt());
    assertEquals(check.claimPaymentNum(), client.claimProcs().get(cp.claimProcNum()).claimPaymentNum());
    assertFalse(check.carrierName().isBlank());

    ClaimProc supplemental = client.claimProcs().createSupplemental(cp.claimProcNum(), money("12.50"));
    assertEquals(ClaimProcStatus.SUPPLEMENTAL, supplemental.status());
    assertMoney("162.50", client.claims().get(claim.claimNum()).insPayAmt());
    ClaimPayment batch = client.claimPayments()
        .createBatch(ClaimPaymentsCreateBatchRequest.of(List.of(claim.claimNum()), money("20")));
    assertTrue(batch.isPartial(), "20.00 against 12.50 of claimprocs is partial");
    assertThrows(ApiNotFoundException.class, () -> client.claimProcs().createSupplemental(44_444_444L, money("1")));

    // insurance history adjustment: created, then set to other amounts, then cleared
    ClaimProc adj = client.claimProcs().createInsAdjust(ClaimProcsCreateInsAdjustRequest.of(patPlan)
        .insUsed(money("300")).deductibleUsed(money("50")));
    assertEquals(ClaimProcStatus.ADJUSTMENT, adj.status());
    client.claimProcs().setInsAdjust(ClaimProcsSetInsAdjustRequest.of(patPlan).insUsed(money("75")));
    assertMoney("75", client.claimProcs().get(adj.claimProcNum()).insPayAmt());
    assertMoney("50", client.claimProcs().get(adj.claimProcNum()).dedApplied());
    client.claimProcs().setInsAdjust(ClaimProcsSetInsAdjustRequest.of(patPlan).insUsed(money("0"))
        .deductibleUsed(money("0")));
    assertThrows(ApiNotFoundException.class, () -> client.claimProcs().get(adj.claimProcNum()));
    assertThrows(ApiBadRequestException.class,
        () -> client.claimProcs().setInsAdjust(ClaimProcsSetInsAdjustRequest.of(patPlan)));

    // the account: 320 charged, 162.50 received from insurance; no estimate was computed for the other claim
    Aging aging = client.accountModules().aging(pat);
    assertMoney("157.50", aging.total());
    assertMoney("0.00", aging.insEst());
  }

  @Test
  void serviceDateViewAndTheArReportAgreeWithTheAging() {
    long pat = patient("Report");
    procedure(pat, "210.00", 95);
    procedure(pat, "45.25", 3);
    client.payments().createAndAllocate(PaymentsCreateAndAllocateRequest.of(money("100.10"), pat));
    Aging aging = client.accountModules().aging(pat);
    assertMoney("155.15", aging.total());
    assertMoney("109.90", aging.balOver90());
    List<ServiceDateViewRow> rows = client.accountModules().serviceDateView(pat, false);
    ServiceDateViewRow last = rows.get(rows.size() - 1);
    assertEquals("Overall Total", last.type());
    assertEquals("155.15", last.acctBal());
    assertEquals("255.25", last.charge());
    assertEquals("100.10", last.credit());
    AgingRow row = client.reports().agingAll(null, null).filter(r -> r.patNum() == pat).findFirst().orElseThrow();
    assertMoney(aging.total().toPlainString(), row.balTotal());
    assertMoney(aging.balOver90().toPlainString(), row.balOver90());
    assertMoney(aging.bal_0_30().toPlainString(), row.bal_0_30());
    // as of 10 days ago only the old procedure counted
    AgingRow past = client.reports().agingAll(today.minusDays(10), null).filter(r -> r.patNum() == pat)
        .findFirst().orElseThrow();
    assertMoney("210.00", past.balTotal());
    client.reports().agingAll(null, null).forEach(r -> assertMoney(
        client.accountModules().aging(r.patNum()).total().toPlainString(), r.balTotal()));
  }

  @Test
  void financeChargesAreReportedAndAgedLikeAnyCharge() {
    long pat = patient("Finance");
    long financeType = daos.preferences().list(new PreferenceFilter("FinanceChargeAdjustmentType"), 0, 1).stream()
        .map(p -> Long.parseLong(p.valueString())).findFirst().orElseThrow();
    daos.adjustments().insert(AdjustmentPatch.builder().patNum(pat).provNum(demo.drNguyen())
        .adjAmt(money("3.08")).adjDate(today).procDate(today).adjType(financeType).adjNote("Finance charge").build());
    procedure(pat, "100.00", 40);
    FinanceChargeRow row = client.reports().financeCharges(ReportsFinanceChargesRequest.of()).stream()
        .filter(r -> r.patNum() == pat).findFirst().orElseThrow();
    assertMoney("3.08", row.adjAmt());
    assertEquals("Finance, Test ", row.patName());
    assertTrue(client.reports().financeCharges(ReportsFinanceChargesRequest.of().dateFrom(today.minusDays(9))
        .dateTo(today.minusDays(1))).stream().noneMatch(r -> r.patNum() == pat), "outside the range");
    assertTrue(client.reports().financeCharges(ReportsFinanceChargesRequest.of().provNums(List.of(999_999L)))
        .stream().noneMatch(r -> r.patNum() == pat), "another provider's");
    Aging aging = client.accountModules().aging(pat);
    assertMoney("103.08", aging.total());
    assertMoney("3.08", aging.bal_0_30());
    assertMoney("100.00", aging.bal_31_60());
    List<PatientBalance> balances = client.accountModules().patientBalances(pat);
    assertMoney("103.08", balances.get(balances.size() - 1).balance());
    AgingRow report = client.reports().agingAll(null, null).filter(r -> r.patNum() == pat).findFirst().orElseThrow();
    assertMoney("103.08", report.balTotal());
  }

  private long patient(String lName) {
    long pat = client.patients().create(PatientPatch.builder().lName(lName).fName("Test").build()).patNum();
    daos.patients().update(pat, PatientPatch.builder().guarantor(pat).build());
    return pat;
  }

  private long procedure(long pat, String fee, int daysAgo) {
    return daos.procedureLogs().insert(ProcedureLogPatch.builder().patNum(pat).procStatus(ProcStat.C)
        .procFee(new BigDecimal(fee)).procDate(today.minusDays(daysAgo)).provNum(demo.drNguyen())
        .codeNum(1).build());
  }

  private List<PaySplit> splitsOf(long payNum) {
    return daos.paySplits().list(new PaySplitFilter(null, payNum, null), 0, 100);
  }

  private List<ClaimProc> claimProcsOf(long claimNum) {
    return daos.claimProcs().list(new ClaimProcFilter(null, claimNum, null, null, null), 0, 100);
  }

  private static PaySplit splitOn(List<PaySplit> splits, long procNum) {
    return splits.stream().filter(s -> s.procNum() == procNum).findFirst()
        .orElseThrow(() -> new AssertionError("no split on procedure " + procNum + " in " + splits));
  }

  private static BigDecimal sum(List<PaySplit> splits) {
    return splits.stream().map(PaySplit::splitAmt).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  private static void assertMoney(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
  }
}
