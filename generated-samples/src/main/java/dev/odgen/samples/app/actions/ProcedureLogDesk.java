package dev.odgen.samples.app.actions;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.samples.app.notes.GroupNotes;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.GroupNote;
import dev.odgen.samples.opendental.entity.InsuranceHistoryEntry;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import dev.odgen.samples.opendental.server.ProcedureLogActions;
import java.util.List;

/**
 * The procedure actions: Insurance History read ({@link InsuranceHistory}) and written
 * ({@link InsuranceHistoryEntries}), and group notes ({@link GroupNotes}).
 */
public final class ProcedureLogDesk implements ProcedureLogActions {
  private final InsuranceHistory history;
  private final InsuranceHistoryEntries entries;
  private final GroupNotes groupNotes;

  public ProcedureLogDesk(OpenDentalDaos daos) {
    this.history = new InsuranceHistory(daos);
    this.entries = new InsuranceHistoryEntries(daos);
    this.groupNotes = new GroupNotes(daos);
  }

  @Override
  public List<InsuranceHistoryEntry> insuranceHistory(InsuranceHistoryInput input, ApiRequest request) {
    return history.insuranceHistory(input, request);
  }

  @Override
  public ProcedureLog createInsuranceHistory(CreateInsuranceHistoryInput input, ApiRequest request) {
    return entries.create(input, request.serverTime().toLocalDate());
  }

  @Override
  public List<GroupNote> groupNotes(GroupNotesInput input, ApiRequest request) {
    return groupNotes.ofPatient(input.patNum());
  }

  @Override
  public GroupNote createGroupNote(CreateGroupNoteInput input, ApiRequest request) {
    return groupNotes.create(input, request);
  }

  @Override
  public GroupNote updateGroupNote(UpdateGroupNoteInput input, ApiRequest request) {
    return groupNotes.update(input, request);
  }

  @Override
  public void deleteGroupNote(DeleteGroupNoteInput input, ApiRequest request) {
    groupNotes.delete(input);
  }
}
