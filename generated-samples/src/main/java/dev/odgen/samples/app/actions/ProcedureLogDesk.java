package dev.odgen.samples.app.actions;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.InsuranceHistoryEntry;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import dev.odgen.samples.opendental.server.ProcedureLogActions;
import java.util.List;

/**
 * The procedure actions: Insurance History read ({@link InsuranceHistory}) and written
 * ({@link InsuranceHistoryEntries}); group notes are not implemented (see the README) and answer 501.
 */
public final class ProcedureLogDesk implements ProcedureLogActions {
  private final InsuranceHistory history;
  private final InsuranceHistoryEntries entries;

  public ProcedureLogDesk(OpenDentalDaos daos) {
    this.history = new InsuranceHistory(daos);
    this.entries = new InsuranceHistoryEntries(daos);
  }

  @Override
  public List<InsuranceHistoryEntry> insuranceHistory(InsuranceHistoryInput input, ApiRequest request) {
    return history.insuranceHistory(input, request);
  }

  @Override
  public ProcedureLog createInsuranceHistory(CreateInsuranceHistoryInput input, ApiRequest request) {
    return entries.create(input, request.serverTime().toLocalDate());
  }
}
