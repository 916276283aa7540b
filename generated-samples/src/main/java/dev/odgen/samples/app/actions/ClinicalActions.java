package dev.odgen.samples.app.actions;

import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.server.OpenDentalServer;

/**
 * The clinical and scheduling actions (issue #14) put into a server builder in one call, so the application's
 * start-up names them once.
 */
public final class ClinicalActions {
  private ClinicalActions() {}

  public static OpenDentalServer.Builder installInto(OpenDentalServer.Builder builder, OpenDentalDaos daos) {
    return builder
        .appointmentActions(new AppointmentDesk(daos))
        .procedureLogActions(new ProcedureLogDesk(daos))
        .apptFieldActions(new ApptFieldUpsert(daos))
        .patFieldActions(new PatFieldUpsert(daos))
        .insVerifyActions(new InsVerifyUpsert(daos))
        .discountPlanSubActions(new DiscountPlanSubLookup(daos))
        .securityPermActions(new ApiPermissions())
        .chartModuleActions(new ChartModule(daos))
        .familyModuleActions(new FamilyInsurance(daos))
        .recallActions(new RecallDesk(daos))
        .procNoteActions(new ProcNoteWriter(daos))
        .perioExamActions(new PerioExamWriter(daos))
        .treatPlanActions(new TreatPlanSaver(daos))
        .asapCommActions(new AsapOffers(daos));
  }
}
