package dev.odgen.samples.app.actions;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.TreatPlanAttachFilter;
import dev.odgen.samples.opendental.entity.ProcTP;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import dev.odgen.samples.opendental.entity.TreatPlan;
import dev.odgen.samples.opendental.entity.TreatPlanAttach;
import dev.odgen.samples.opendental.entity.TreatPlanStatus;
import dev.odgen.samples.opendental.server.TreatPlanActions;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * {@code POST /treatplans/Saved}: saves a copy of an Active or Inactive treatment plan as Open Dental's "Save TP"
 * does: a new plan with status Saved (heading as given, else the source's), and a proctp row per attached
 * procedure, in attach order, holding the procedure as it is today (code, tooth, fee; the patient portion is the
 * whole fee, as no insurance estimate is kept per procedure here).
 */
public final class TreatPlanSaver implements TreatPlanActions {
  private final OpenDentalDaos daos;

  public TreatPlanSaver(OpenDentalDaos daos) {
    this.daos = daos;
  }

  @Override
  public TreatPlan saved(SavedInput input, ApiRequest request) {
    TreatPlan source = daos.treatPlans().findById(input.treatPlanNum())
        .orElseThrow(() -> new NotFoundException("TreatPlan not found (TreatPlanNum " + input.treatPlanNum() + ")"));
    if (source.tpStatus().equals(TreatPlanStatus.SAVED)) {
      throw new BadRequestException("TreatPlanNum: plan " + input.treatPlanNum()
          + " is already Saved; only Active or Inactive plans can be saved");
    }
    long presenter = input.userNumPresenter() == null ? 0 : input.userNumPresenter();
    if (presenter != 0 && !daos.userods().exists(presenter)) {
      throw new BadRequestException("UserNumPresenter: there is no user " + presenter);
    }
    LocalDateTime now = request.serverTime();
    long id = daos.db().inTransaction(tx -> {
      OpenDentalDaos in = daos.over(tx);
      long saved = in.treatPlans().insert(new TreatPlan(0, source.patNum(), now.toLocalDate(),
          input.heading() != null && !input.heading().isBlank() ? input.heading() : source.heading(), source.note(),
          false, source.responsParty(), 0, TreatPlanStatus.SAVED, 0, now.toLocalDate(), now, presenter,
          source.tpType(), null, null, "", "", "", "", null, null));
      int order = 0;
      for (TreatPlanAttach attach : Pages.all((o, l) ->
          in.treatPlanAttaches().list(new TreatPlanAttachFilter(source.treatPlanNum()), o, l))) {
        ProcedureLog proc = in.procedureLogs().findById(attach.procNum()).orElse(null);
        if (proc == null) {
          continue;
        }
        order++;
        BigDecimal fee = proc.procFee().multiply(BigDecimal.valueOf(Math.max(1, proc.unitQty())));
        ProcTP d = ProcTP.defaults();
        in.procTPs().insert(new ProcTP(0, saved, proc.patNum(), proc.procNum(), order, attach.priority(), "",
            proc.toothNum(), proc.surf(), proc.procCode(), proc.descript(), fee, d.priInsAmt(), d.secInsAmt(), fee,
            proc.discount(), d.prognosis(), d.dx(), proc.procCode(), 0, now.toLocalDate(), now, d.feeAllowed(),
            d.taxAmt(), proc.provNum(), now.toLocalDate(), proc.clinicNum(), d.catPercUCR()));
      }
      return saved;
    });
    return daos.treatPlans().findById(id).orElseThrow(() -> new NotFoundException("TreatPlan not found"));
  }
}
