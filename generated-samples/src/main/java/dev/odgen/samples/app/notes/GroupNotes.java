package dev.odgen.samples.app.notes;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.GroupNote;
import dev.odgen.samples.opendental.server.ProcedureLogActions.CreateGroupNoteInput;
import dev.odgen.samples.opendental.server.ProcedureLogActions.DeleteGroupNoteInput;
import dev.odgen.samples.opendental.server.ProcedureLogActions.UpdateGroupNoteInput;
import java.time.LocalDateTime;
import java.util.List;

/** The four group-note actions of ProcedureLogs, for the actions class of the resource to hand on to. */
public final class GroupNotes {
  private final GroupNoteReader reader;
  private final GroupNoteWriter writer;

  public GroupNotes(OpenDentalDaos daos) {
    this.reader = new GroupNoteReader(daos);
    this.writer = new GroupNoteWriter(daos);
  }

  public List<GroupNote> ofPatient(long patNum) {
    return reader.ofPatient(patNum);
  }

  public GroupNote create(CreateGroupNoteInput input, ApiRequest request) {
    return writer.create(input, request);
  }

  public GroupNote update(UpdateGroupNoteInput input, ApiRequest request) {
    return writer.update(input, request);
  }

  /**
   * A group note written by the application itself (the demo practice), under the same rules as {@code POST}:
   * unsigned, by provider {@code provNum}. Returns the group note's ProcNum.
   */
  public long add(long patNum, List<Long> procNums, long provNum, String note, LocalDateTime at) {
    return writer.add(patNum, procNums, provNum, note, at, "");
  }

  public void delete(DeleteGroupNoteInput input) {
    writer.delete(input);
  }
}
