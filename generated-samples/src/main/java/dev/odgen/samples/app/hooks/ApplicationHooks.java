package dev.odgen.samples.app.hooks;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.samples.opendental.dao.DefinitionHooks;
import dev.odgen.samples.opendental.dao.InsPlanHooks;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.PatientHooks;
import dev.odgen.samples.opendental.dao.PayPlanHooks;
import dev.odgen.samples.opendental.dao.PopupHooks;
import dev.odgen.samples.opendental.dao.ProviderHooks;
import dev.odgen.samples.opendental.dao.RefAttachHooks;
import dev.odgen.samples.opendental.dao.ReferralHooks;
import dev.odgen.samples.opendental.dao.UserGroupHooks;
import dev.odgen.samples.opendental.dao.UserodHooks;

/**
 * Every hooks implementation of the application over one database. They go into the generated
 * {@link OpenDentalDaos} that the server and the application's own code share, so a patient read by an action
 * looks as GET shows it. PatientRaces keep the generated defaults: what their custom fields need (the CDC code
 * table) is not in the generated schema.
 */
public record ApplicationHooks(
    PatientHooks patients,
    ProviderHooks providers,
    DefinitionHooks definitions,
    InsPlanHooks insPlans,
    PopupHooks popups,
    UserodHooks userods,
    UserGroupHooks userGroups,
    ReferralHooks referrals,
    RefAttachHooks refAttaches,
    PayPlanHooks payPlans) {

  /** The hooks over {@code db} (the pool, or one transaction's connection). */
  public static ApplicationHooks over(Db db) {
    Sql sql = new Sql(db);
    return new ApplicationHooks(
        new AppPatientHooks(sql),
        new AppProviderHooks(sql),
        new AppDefinitionHooks(sql),
        new AppInsPlanHooks(sql),
        new AppPopupHooks(sql),
        new AppUserodHooks(sql),
        new AppUserGroupHooks(sql),
        new AppReferralHooks(sql),
        new AppRefAttachHooks(sql),
        new AppPayPlanHooks(sql));
  }

  /** Hands every hook to the DAOs being built; returns {@code builder}. */
  public OpenDentalDaos.Builder installInto(OpenDentalDaos.Builder builder) {
    return builder
        .patientHooks(patients)
        .providerHooks(providers)
        .definitionHooks(definitions)
        .insPlanHooks(insPlans)
        .popupHooks(popups)
        .userodHooks(userods)
        .userGroupHooks(userGroups)
        .referralHooks(referrals)
        .refAttachHooks(refAttaches)
        .payPlanHooks(payPlans);
  }
}
