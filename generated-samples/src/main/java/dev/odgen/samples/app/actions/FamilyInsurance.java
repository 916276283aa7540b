package dev.odgen.samples.app.actions;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.PatPlanFilter;
import dev.odgen.samples.opendental.entity.Carrier;
import dev.odgen.samples.opendental.entity.Employer;
import dev.odgen.samples.opendental.entity.FeeSched;
import dev.odgen.samples.opendental.entity.InsPlan;
import dev.odgen.samples.opendental.entity.InsSub;
import dev.odgen.samples.opendental.entity.PatPlan;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.server.FamilyModuleActions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /familymodules/{PatNum}/Insurance}: every insurance plan of every member of the patient's family
 * (patients sharing the guarantor), one row per patplan in member and ordinal order, with the subscription, plan,
 * carrier, fee schedule and employer it stands for.
 */
public final class FamilyInsurance implements FamilyModuleActions {
  private static final List<String> ORDINALS = List.of("", "Primary", "Secondary", "Tertiary", "Quaternary");
  private static final Map<String, String> PLAN_TYPES = Map.of("", "Category Percentage", "p", "PPO Percentage",
      "f", "Medicaid or Flat Copay", "c", "Capitation");

  private final OpenDentalDaos daos;

  public FamilyInsurance(OpenDentalDaos daos) {
    this.daos = daos;
  }

  @Override
  public List<dev.odgen.samples.opendental.entity.FamilyInsurance> insurance(InsuranceInput input,
      ApiRequest request) {
    Patient patient = daos.patients().findById(input.patNum())
        .orElseThrow(() -> new NotFoundException("Patient not found (PatNum " + input.patNum() + ")"));
    Db db = daos.db();
    List<Long> family = db.query("SELECT " + db.dialect().quote("PatNum") + " FROM " + db.dialect().quote("patient")
        + " WHERE " + db.dialect().quote("Guarantor") + " = ? ORDER BY " + db.dialect().quote("PatNum"),
        List.of(patient.guarantor()), rs -> rs.getLong(1));
    List<dev.odgen.samples.opendental.entity.FamilyInsurance> rows = new ArrayList<>();
    for (long member : family) {
      List<PatPlan> plans = new ArrayList<>(Pages.all((offset, limit) ->
          daos.patPlans().list(new PatPlanFilter(member, null), offset, limit)));
      plans.sort(Comparator.comparingInt(PatPlan::ordinal));
      for (PatPlan patPlan : plans) {
        InsSub sub = daos.insSubs().findById(patPlan.insSubNum()).orElse(InsSub.defaults());
        InsPlan plan = daos.insPlans().findById(sub.planNum()).orElse(InsPlan.defaults());
        Carrier carrier = daos.carriers().findById(plan.carrierNum()).orElse(Carrier.defaults());
        String subscriber = daos.patients().findById(sub.subscriber())
            .map(p -> (p.fName() + " " + p.lName()).strip()).orElse("");
        String feeSchedule = daos.feeScheds().findById(plan.feeSched()).map(FeeSched::description).orElse("");
        String employer = daos.employers().findById(plan.employerNum()).map(Employer::empName).orElse("");
        int ordinal = patPlan.ordinal();
        rows.add(new dev.odgen.samples.opendental.entity.FamilyInsurance(member, sub.insSubNum(), sub.subscriber(),
            subscriber, sub.subscriberID(), sub.subscNote(), patPlan.patPlanNum(), ordinal,
            ordinal >= 0 && ordinal < ORDINALS.size() ? ORDINALS.get(ordinal) : Integer.toString(ordinal),
            patPlan.isPending(), patPlan.relationship(), patPlan.patID(), carrier.carrierNum(),
            carrier.carrierName(), plan.planNum(), plan.groupName(), plan.groupNum(), plan.planNote(),
            plan.feeSched(), feeSchedule, plan.planType(), PLAN_TYPES.getOrDefault(plan.planType(), plan.planType()),
            plan.copayFeeSched(), plan.employerNum(), employer, plan.isMedical()));
      }
    }
    return rows;
  }
}
