package dev.odgen.samples.app.actions;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.opendental.dao.InsVerifyFilter;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.DefCat;
import dev.odgen.samples.opendental.entity.InsVerify;
import dev.odgen.samples.opendental.entity.VerifyTypes;
import dev.odgen.samples.opendental.server.InsVerifyActions;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code PUT /insverifies}: records a verification of a patient's enrollment (FKey a PatPlanNum) or of a plan's
 * benefits (FKey a PlanNum). The row is found by VerifyType and FKey, created when there is none; only the fields
 * the body gives change. Insurance verifications have no update of their own in the generated DAO (the API has
 * no PUT by id), so the update is one SQL statement.
 */
public final class InsVerifyUpsert implements InsVerifyActions {
  private final OpenDentalDaos daos;

  public InsVerifyUpsert(OpenDentalDaos daos) {
    this.daos = daos;
  }

  @Override
  public InsVerify updateByKey(UpdateByKeyInput input, ApiRequest request) {
    VerifyTypes type = input.verifyType();
    if (type.equals(VerifyTypes.PATIENT_ENROLLMENT)) {
      if (!daos.patPlans().exists(input.fKey())) {
        throw new BadRequestException("FKey: there is no PatPlan with PatPlanNum " + input.fKey());
      }
    } else if (type.equals(VerifyTypes.INSURANCE_BENEFIT)) {
      if (!daos.insPlans().exists(input.fKey())) {
        throw new BadRequestException("FKey: there is no InsPlan with PlanNum " + input.fKey());
      }
    } else {
      throw new BadRequestException("VerifyType: must be PatientEnrollment or InsuranceBenefit");
    }
    if (input.defNum() != null && input.defNum() != 0 && daos.definitions().findById(input.defNum())
        .filter(d -> d.category().equals(DefCat.INSURANCE_VERIFICATION_STATUS)).isEmpty()) {
      throw new BadRequestException("DefNum: " + input.defNum()
          + " is not a definition of Category InsuranceVerificationStatus (38)");
    }
    List<InsVerify> existing = daos.insVerifies().list(new InsVerifyFilter(type, input.fKey(), null), 0, 1);
    long id;
    if (existing.isEmpty()) {
      InsVerify blank = InsVerify.defaults();
      id = daos.insVerifies().insert(new InsVerify(0, input.dateLastVerified() == null
          ? blank.dateLastVerified() : input.dateLastVerified(), blank.userNum(), type, input.fKey(),
          input.defNum() == null ? 0 : input.defNum(), input.note() == null ? "" : input.note(),
          blank.dateLastAssigned(), blank.secDateTEdit()));
    } else {
      id = existing.get(0).insVerifyNum();
      update(id, input);
    }
    return daos.insVerifies().findById(id).orElseThrow(() -> new NotFoundException("InsVerify not found"));
  }

  private void update(long id, UpdateByKeyInput input) {
    Db db = daos.db();
    List<String> sets = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (input.dateLastVerified() != null) {
      sets.add(db.dialect().quote("DateLastVerified") + " = ?");
      params.add(input.dateLastVerified());
    }
    if (input.defNum() != null) {
      sets.add(db.dialect().quote("DefNum") + " = ?");
      params.add(input.defNum());
    }
    if (input.note() != null) {
      sets.add(db.dialect().quote("Note") + " = ?");
      params.add(input.note());
    }
    sets.add(db.dialect().quote("SecDateTEdit") + " = CURRENT_TIMESTAMP");
    params.add(id);
    db.update("UPDATE " + db.dialect().quote("insverify") + " SET " + String.join(", ", sets) + " WHERE "
        + db.dialect().quote("InsVerifyNum") + " = ?", params);
  }
}
