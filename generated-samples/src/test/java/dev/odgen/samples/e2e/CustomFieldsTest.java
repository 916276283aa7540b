package dev.odgen.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.samples.opendental.entity.AdjustmentPatch;
import dev.odgen.samples.opendental.entity.PatientPatch;
import dev.odgen.samples.opendental.entity.PayPlan;
import dev.odgen.samples.opendental.entity.PayPlanCharge;
import dev.odgen.samples.opendental.entity.PayPlanChargeType;
import dev.odgen.samples.opendental.entity.PayPlanLinkPatch;
import dev.odgen.samples.opendental.entity.PayPlanLinkType;
import dev.odgen.samples.opendental.entity.ProcedureLogPatch;
import dev.odgen.samples.opendental.entity.ProviderPatch;
import dev.odgen.samples.opendental.entity.RefAttachPatch;
import dev.odgen.samples.opendental.entity.ReferralPatch;
import dev.odgen.samples.opendental.entity.UserodPatch;
import dev.odgen.samples.opendental.server.OpenDentalServer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The custom derived fields the sample application computes (Referrals isPatient, RefAttaches referralName,
 * Userods providerName, PayPlans principalAmount), read over HTTP on each backend.
 */
@EndToEnd
class CustomFieldsTest {
  private static LiveServer server;
  private static OpenDentalServer daos;
  private static ColumnWriter columns;
  private static long patNum;

  @BeforeAll
  static void start() {
    server = LiveServer.start();
    daos = server.server();
    columns = new ColumnWriter(server.database());
    patNum = daos.daos().patients().insert(PatientPatch.builder().lName("Fieldson").fName("Fay").build());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aReferralIsAPatientWhenItHasAPatNum() {
    long patient = daos.daos().referrals().insert(ReferralPatch.builder().lName("Fieldson").patNum(patNum).build());
    long doctor = daos.daos().referrals().insert(ReferralPatch.builder().lName("Stevens").build());
    assertEquals("true", server.api().get("/referrals/" + patient).expect(200).json().path("isPatient").asText());
    assertEquals("false", server.api().get("/referrals/" + doctor).expect(200).json().path("isPatient").asText());
  }

  @Test
  void referralNameIsTheReferralsNamesThenItsTitle() {
    long steve = daos.daos().referrals().insert(ReferralPatch.builder().fName("Steve").mName("N").lName("Stevens")
        .title("DDS").build());
    long ann = daos.daos().referrals().insert(ReferralPatch.builder().fName("Ann").lName("Lee").build());
    long toSteve = attach(steve);
    long toAnn = attach(ann);
    long toNobody = attach(987654);
    List<JsonNode> attaches = Listing.all(server.api(), "/refattaches", Map.of("PatNum", Long.toString(patNum)));
    assertEquals("Steve N Stevens, DDS", field(attaches, "RefAttachNum", toSteve, "referralName"));
    assertEquals("Ann Lee", field(attaches, "RefAttachNum", toAnn, "referralName"));
    assertEquals("", field(attaches, "RefAttachNum", toNobody, "referralName"));
  }

  @Test
  void providerNameIsTheProvidersFormalName() {
    long larson = daos.daos().providers().insert(ProviderPatch.builder().abbr("LL").fName("Lynda").lName("Larson")
        .suffix("DMD").build());
    long bently = daos.daos().providers().insert(ProviderPatch.builder().abbr("BB").fName("Bruce").mi("K")
        .lName("Bently").build());
    long lynda = daos.daos().userods().insert(UserodPatch.builder().userName("lynda").providerNum(larson).build());
    long bruce = daos.daos().userods().insert(UserodPatch.builder().userName("bruce").providerNum(bently).build());
    long clerk = daos.daos().userods().insert(UserodPatch.builder().userName("clerk").build());
    List<JsonNode> users = Listing.all(server.api(), "/userods", Map.of());
    assertEquals("Lynda Larson, DMD", field(users, "UserNum", lynda, "providerName"));
    assertEquals("Bruce K Bently", field(users, "UserNum", bruce, "providerName"));
    assertEquals("", field(users, "UserNum", clerk, "providerName"));
  }

  @Test
  void principalAmountOfAScheduledPlanIsTheTotalPrincipalOfItsDebits() {
    long plan = payPlan(false);
    charge(plan, PayPlanChargeType.DEBIT, "100.00");
    charge(plan, PayPlanChargeType.DEBIT, "50.50");
    charge(plan, PayPlanChargeType.CREDIT, "150.50");
    assertEquals(new BigDecimal("150.50"), principalAmount(plan));
    assertEquals(new BigDecimal("0.00"), principalAmount(payPlan(false)));
  }

  @Test
  void principalAmountOfADynamicPlanIsItsAttachedProduction() {
    long plan = payPlan(true);
    long crown = procedure("80.00", 2, "10.00");     // 80 x 2 - 10 = 150
    long filling = procedure("999.00", 1, "0.00");   // overridden: 40
    long adjustment = daos.daos().adjustments().insert(AdjustmentPatch.builder().patNum(patNum)
        .adjAmt(new BigDecimal("25.00")).build());
    link(plan, PayPlanLinkType.PROCEDURE, crown, "0");
    link(plan, PayPlanLinkType.PROCEDURE, filling, "40.00");
    link(plan, PayPlanLinkType.ADJUSTMENT, adjustment, "0");
    charge(plan, PayPlanChargeType.DEBIT, "60.00");   // a charge already issued does not count twice
    assertEquals(new BigDecimal("215.00"), principalAmount(plan));
  }

  private static long attach(long referralNum) {
    return daos.daos().refAttaches().insert(RefAttachPatch.builder().patNum(patNum).referralNum(referralNum).build());
  }

  private static long payPlan(boolean dynamic) {
    long plan = daos.daos().payPlans().insert(PayPlan.defaults());
    columns.set("payplan", "PayPlanNum", plan, Map.of("PatNum", patNum, "Guarantor", patNum, "IsDynamic", dynamic));
    return plan;
  }

  private static void charge(long plan, PayPlanChargeType type, String principal) {
    long charge = daos.daos().payPlanCharges().insert(PayPlanCharge.defaults());
    columns.set("payplancharge", "PayPlanChargeNum", charge, Map.of("PayPlanNum", plan, "PatNum", patNum,
        "ChargeType", type.storedValue(), "Principal", new BigDecimal(principal)));
  }

  private static long procedure(String fee, int units, String discount) {
    long procedure = daos.daos().procedureLogs().insert(ProcedureLogPatch.builder().patNum(patNum)
        .procFee(new BigDecimal(fee)).discount(new BigDecimal(discount)).build());
    columns.set("procedurelog", "ProcNum", procedure, Map.of("UnitQty", units));
    return procedure;
  }

  private static void link(long plan, PayPlanLinkType type, long fKey, String amountOverride) {
    daos.daos().payPlanLinks().insert(PayPlanLinkPatch.builder().payPlanNum(plan).linkType(type).fKey(fKey)
        .amountOverride(new BigDecimal(amountOverride)).build());
  }

  private static BigDecimal principalAmount(long plan) {
    JsonNode json = server.api().get("/payplans/" + plan).expect(200).json();
    return json.path("principalAmount").decimalValue().setScale(2);
  }

  private static String field(List<JsonNode> items, String idField, long id, String field) {
    Optional<JsonNode> item = Listing.find(items, idField, id);
    return item.orElseThrow(() -> new AssertionError("no " + idField + " " + id + " in " + items))
        .path(field).asText(null);
  }
}
