package dev.odgen.samples.app.demo;

import static dev.odgen.samples.app.records.RecordCopy.with;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.ClaimTrackingPatch;
import dev.odgen.samples.opendental.entity.CovSpanPatch;
import dev.odgen.samples.opendental.entity.DiscountPlanPatch;
import dev.odgen.samples.opendental.entity.DiscountPlanSubPatch;
import dev.odgen.samples.opendental.entity.Etrans;
import dev.odgen.samples.opendental.entity.EtransMessageText;
import dev.odgen.samples.opendental.entity.EtransType;
import dev.odgen.samples.opendental.entity.SubstitutionCondition;
import dev.odgen.samples.opendental.entity.SubstitutionLinkPatch;
import java.math.BigDecimal;
import java.util.List;

/**
 * Insurance and discount rows around the existing plans and claims: the code span of the first coverage category,
 * a molar crown substitution on the Bluebird plan, the e-claim sent for the first claim with its tracking note,
 * and a discount plan that the uninsured Daniel Okafor subscribes to.
 */
final class DemoCoverage {
  private final OpenDentalDaos daos;
  private final Practice practice;
  private final DemoSummary summary;
  private final DemoCalendar calendar;

  DemoCoverage(OpenDentalDaos daos, Practice practice, DemoSummary summary, DemoCalendar calendar) {
    this.daos = daos;
    this.practice = practice;
    this.summary = summary;
    this.calendar = calendar;
  }

  void insert() {
    long covCat = first("CovCatNum", "covcat");
    daos.covSpans().insert(CovSpanPatch.builder().covCatNum(covCat).fromCode("D0100").toCode("D0999").build());
    daos.substitutionLinks().insert(SubstitutionLinkPatch.builder().planNum(practice.bluebirdPlan())
        .codeNum(practice.code("D2740")).substitutionCode("D2751")
        .substOnlyIf(WireEnumValue.of(SubstitutionCondition.class, "Molar")).build());

    long claim = first("ClaimNum", "claim");
    daos.claimTrackings().insert(ClaimTrackingPatch.builder().claimNum(claim)
        .note("Called the carrier: claim is in process.").build());
    long message = daos.etransMessageTexts().insert(with(EtransMessageText.defaults(), "messageText",
        "ISA*00*          *00*          *ZZ*MAPLESTREET    *ZZ*BLUEBIRD       ~"));
    daos.etranss().insert(with(Etrans.defaults(), "etransMessageTextNum", message, "dateTimeTrans", calendar.at(calendar.daysAgo(20), 17, 0),
        "etype", WireEnumValue.of(EtransType.class, "ClaimSent"), "claimNum", claim,
        "patNum", summary.carlosMartinez(), "insSubNum", summary.carlosInsSubNum(),
        "planNum", practice.bluebirdPlan(), "note", "Sent electronically"));

    long plan = daos.discountPlans().insert(DiscountPlanPatch.builder().description("Maple Savings Plan")
        .feeSchedNum(practice.standardFees()).defNum(practice.discountAdjustment())
        .planNote("20% off most services").annualMax(new BigDecimal("-1")).build());
    daos.discountPlanSubs().insert(DiscountPlanSubPatch.builder().discountPlanNum(plan)
        .patNum(summary.danielOkafor()).dateEffective(calendar.daysAgo(90)).subNote("Paid yearly").build());
  }

  private long first(String id, String table) {
    Db db = daos.db();
    List<Long> ids = db.query("SELECT " + db.dialect().quote(id) + " FROM " + db.dialect().quote(table)
        + " ORDER BY " + db.dialect().quote(id), List.of(), rs -> rs.getLong(1));
    if (ids.isEmpty()) {
      throw new IllegalStateException("the demo practice has no row in " + table + " yet");
    }
    return ids.get(0);
  }
}
