package dev.odgen.samples.app.demo;

import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.BenefitCoverageLevel;
import dev.odgen.samples.opendental.entity.BenefitPatch;
import dev.odgen.samples.opendental.entity.BenefitTimePeriod;
import dev.odgen.samples.opendental.entity.CarrierPatch;
import dev.odgen.samples.opendental.entity.CovCatPatch;
import dev.odgen.samples.opendental.entity.EbenefitCategory;
import dev.odgen.samples.opendental.entity.EmployerPatch;
import dev.odgen.samples.opendental.entity.InsBenefitType;
import dev.odgen.samples.opendental.entity.InsPlanPatch;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Two carriers with one plan each, the coverage categories, and each plan's benefits: coverage percentages per
 * category, a yearly deductible and a yearly maximum.
 */
final class DemoInsurance {
  /** The keys the families need. */
  record Plans(long employer, long bluebird, long summit) {
  }

  /** Coverage categories: name, default percentage, the electronic benefit category. */
  private record Category(String name, int percent, EbenefitCategory ebenefit) {
  }

  private static final Category[] CATEGORIES = {
      new Category("Diagnostic", 100, EbenefitCategory.DIAGNOSTIC),
      new Category("X-Rays", 100, EbenefitCategory.DIAGNOSTIC_X_RAY),
      new Category("Preventive", 100, EbenefitCategory.ROUTINE_PREVENTIVE),
      new Category("Restorative", 80, EbenefitCategory.RESTORATIVE),
      new Category("Endo", 80, EbenefitCategory.ENDODONTICS),
      new Category("Perio", 80, EbenefitCategory.PERIODONTICS),
      new Category("Oral Surgery", 80, EbenefitCategory.ORAL_SURGERY),
      new Category("Crowns", 50, EbenefitCategory.CROWNS)};

  private final OpenDentalDaos daos;

  DemoInsurance(OpenDentalDaos daos) {
    this.daos = daos;
  }

  Plans insert() {
    Map<String, Long> categories = new LinkedHashMap<>();
    int order = 0;
    for (Category c : CATEGORIES) {
      categories.put(c.name(), daos.covCats().insert(CovCatPatch.builder()
          .description(c.name()).defaultPercent(c.percent()).covOrder(order++).ebenefitCat(c.ebenefit()).build()));
    }
    long employer = daos.employers().insert(EmployerPatch.builder().empName("Riverside Logistics").build());
    long bluebirdCarrier = daos.carriers().insert(CarrierPatch.builder()
        .carrierName("Bluebird Dental Insurance").address("PO Box 4410").city("Portland").state("OR")
        .zip("97208").phone("(503)555-0144").electID("BB001").build());
    long summitCarrier = daos.carriers().insert(CarrierPatch.builder()
        .carrierName("Summit Mutual Dental").address("900 Summit Way").city("Boise").state("ID")
        .zip("83702").phone("(208)555-0190").electID("SMD22").build());
    long bluebird = daos.insPlans().insert(InsPlanPatch.builder()
        .groupName("Riverside Logistics PPO").groupNum("RL-4410").carrierNum(bluebirdCarrier)
        .employerNum(employer).planType("p").monthRenew(1).build());
    long summit = daos.insPlans().insert(InsPlanPatch.builder()
        .groupName("Summit Senior Dental").groupNum("SSD-100").carrierNum(summitCarrier).planType("").build());

    benefits(bluebird, categories, Map.of(), "50.00", "1500.00");
    benefits(summit, categories, Map.of("Restorative", 70, "Endo", 70, "Perio", 80, "Crowns", 50), "75.00",
        "1000.00");
    return new Plans(employer, bluebird, summit);
  }

  /** Coverage per category (the category default unless overridden), a deductible and an annual maximum. */
  private void benefits(long planNum, Map<String, Long> categories, Map<String, Integer> overrides,
      String deductible, String annualMax) {
    for (Category c : CATEGORIES) {
      daos.benefits().insert(BenefitPatch.builder()
          .planNum(planNum).covCatNum(categories.get(c.name())).benefitType(InsBenefitType.CO_INSURANCE)
          .percent(overrides.getOrDefault(c.name(), c.percent())).timePeriod(BenefitTimePeriod.CALENDAR_YEAR)
          .coverageLevel(BenefitCoverageLevel.NONE).build());
    }
    daos.benefits().insert(BenefitPatch.builder()
        .planNum(planNum).benefitType(InsBenefitType.DEDUCTIBLE).monetaryAmt(new BigDecimal(deductible))
        .timePeriod(BenefitTimePeriod.CALENDAR_YEAR).coverageLevel(BenefitCoverageLevel.INDIVIDUAL).build());
    daos.benefits().insert(BenefitPatch.builder()
        .planNum(planNum).benefitType(InsBenefitType.LIMITATIONS).monetaryAmt(new BigDecimal(annualMax))
        .timePeriod(BenefitTimePeriod.CALENDAR_YEAR).coverageLevel(BenefitCoverageLevel.INDIVIDUAL).build());
  }
}
