package dev.odgen.samples.app.actions;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.DiscountPlanSub;
import dev.odgen.samples.opendental.server.DiscountPlanSubActions;
import java.util.List;

/**
 * {@code GET /discountplansubs?PatNum=}: the patient's discount plan subscription, one object (a patient has at
 * most one; with several rows the oldest is the one Open Dental shows).
 */
public final class DiscountPlanSubLookup implements DiscountPlanSubActions {
  private final OpenDentalDaos daos;

  public DiscountPlanSubLookup(OpenDentalDaos daos) {
    this.daos = daos;
  }

  @Override
  public DiscountPlanSub getForPatient(GetForPatientInput input, ApiRequest request) {
    if (!daos.patients().exists(input.patNum())) {
      throw new NotFoundException("Patient not found (PatNum " + input.patNum() + ")");
    }
    Db db = daos.db();
    List<Long> ids = db.query("SELECT " + db.dialect().quote("DiscountSubNum") + " FROM "
        + db.dialect().quote("discountplansub") + " WHERE " + db.dialect().quote("PatNum") + " = ? ORDER BY "
        + db.dialect().quote("DiscountSubNum"), List.of(input.patNum()), rs -> rs.getLong(1));
    return ids.stream().findFirst().flatMap(daos.discountPlanSubs()::findById)
        .orElseThrow(() -> new NotFoundException("DiscountPlanSub not found (patient " + input.patNum()
            + " has no discount plan)"));
  }
}
