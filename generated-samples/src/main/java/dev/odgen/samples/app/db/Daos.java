package dev.odgen.samples.app.db;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.samples.app.hooks.ApplicationHooks;
import dev.odgen.samples.opendental.dao.AdjustmentDao;
import dev.odgen.samples.opendental.dao.AppointmentDao;
import dev.odgen.samples.opendental.dao.BenefitDao;
import dev.odgen.samples.opendental.dao.CarrierDao;
import dev.odgen.samples.opendental.dao.ClaimDao;
import dev.odgen.samples.opendental.dao.ClaimProcDao;
import dev.odgen.samples.opendental.dao.CovCatDao;
import dev.odgen.samples.opendental.dao.DefinitionDao;
import dev.odgen.samples.opendental.dao.EmployerDao;
import dev.odgen.samples.opendental.dao.FeeDao;
import dev.odgen.samples.opendental.dao.FeeSchedDao;
import dev.odgen.samples.opendental.dao.InsPlanDao;
import dev.odgen.samples.opendental.dao.InsSubDao;
import dev.odgen.samples.opendental.dao.OperatoryDao;
import dev.odgen.samples.opendental.dao.PatPlanDao;
import dev.odgen.samples.opendental.dao.PatientDao;
import dev.odgen.samples.opendental.dao.PaySplitDao;
import dev.odgen.samples.opendental.dao.PaymentDao;
import dev.odgen.samples.opendental.dao.PreferenceDao;
import dev.odgen.samples.opendental.dao.ProcedureCodeDao;
import dev.odgen.samples.opendental.dao.ProcedureLogDao;
import dev.odgen.samples.opendental.dao.ProviderDao;
import dev.odgen.samples.opendental.dao.ScheduleDao;
import dev.odgen.samples.opendental.dao.ScheduleOpDao;
import java.time.Clock;

/**
 * The generated DAOs the application itself uses (actions and demo data), over the same database as the
 * server, with the same hooks. The server builds its own set; DAOs hold no state besides the database and the
 * hooks, so two sets agree.
 */
public record Daos(
    Db db,
    PatientDao patients,
    ProviderDao providers,
    OperatoryDao operatories,
    DefinitionDao definitions,
    PreferenceDao preferences,
    EmployerDao employers,
    FeeSchedDao feeScheds,
    FeeDao fees,
    ProcedureCodeDao procedureCodes,
    ProcedureLogDao procedures,
    AppointmentDao appointments,
    ScheduleDao schedules,
    ScheduleOpDao scheduleOps,
    CarrierDao carriers,
    InsPlanDao insPlans,
    InsSubDao insSubs,
    PatPlanDao patPlans,
    CovCatDao covCats,
    BenefitDao benefits,
    ClaimDao claims,
    ClaimProcDao claimProcs,
    PaymentDao payments,
    PaySplitDao paySplits,
    AdjustmentDao adjustments) {

  /** Every DAO over {@code db}, with {@code clock} for automatic dates. */
  public static Daos over(Db db, Clock clock) {
    ApplicationHooks hooks = ApplicationHooks.over(db);
    return new Daos(
        db,
        new PatientDao(db, clock, hooks.patients()),
        new ProviderDao(db, clock, hooks.providers()),
        new OperatoryDao(db, clock),
        new DefinitionDao(db, clock, hooks.definitions()),
        new PreferenceDao(db, clock),
        new EmployerDao(db, clock),
        new FeeSchedDao(db, clock),
        new FeeDao(db, clock),
        new ProcedureCodeDao(db, clock),
        new ProcedureLogDao(db, clock),
        new AppointmentDao(db, clock),
        new ScheduleDao(db, clock),
        new ScheduleOpDao(db, clock),
        new CarrierDao(db, clock),
        new InsPlanDao(db, clock, hooks.insPlans()),
        new InsSubDao(db, clock),
        new PatPlanDao(db, clock),
        new CovCatDao(db, clock),
        new BenefitDao(db, clock),
        new ClaimDao(db, clock),
        new ClaimProcDao(db, clock),
        new PaymentDao(db, clock),
        new PaySplitDao(db, clock),
        new AdjustmentDao(db, clock));
  }
}
