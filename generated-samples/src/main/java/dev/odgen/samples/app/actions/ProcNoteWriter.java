package dev.odgen.samples.app.actions;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.notes.ApiSignature;
import dev.odgen.samples.app.notes.ProcNoteHistory;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.ProcNote;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import dev.odgen.samples.opendental.server.ProcNoteActions;

/**
 * {@code POST /procnotes}: a new note on a procedure (notes are never edited, each change is a new row). With
 * doAppendNote the latest note of the procedure and two line breaks come first. isSigned "true" stores an
 * {@link ApiSignature} in the new row's Signature column.
 */
public final class ProcNoteWriter implements ProcNoteActions {
  private final OpenDentalDaos daos;

  public ProcNoteWriter(OpenDentalDaos daos) {
    this.daos = daos;
  }

  @Override
  public ProcNote createNote(CreateNoteInput input, ApiRequest request) {
    if (!daos.patients().exists(input.patNum())) {
      throw new NotFoundException("Patient not found (PatNum " + input.patNum() + ")");
    }
    ProcedureLog proc = daos.procedureLogs().findById(input.procNum())
        .orElseThrow(() -> new NotFoundException("Procedure not found (ProcNum " + input.procNum() + ")"));
    if (proc.patNum() != input.patNum()) {
      throw new BadRequestException("ProcNum: procedure " + input.procNum() + " is not patient " + input.patNum()
          + "'s");
    }
    ProcNoteHistory history = new ProcNoteHistory(daos);
    String note = Boolean.TRUE.equals(input.doAppendNote())
        ? history.appendedTo(input.patNum(), input.procNum(), input.note()) : input.note();
    long id = history.add(input.patNum(), input.procNum(), request.serverTime(), note,
        ApiSignature.choose(input.isSigned(), "", request));
    return daos.procNotes().findById(id).orElseThrow(() -> new NotFoundException("ProcNote not found"));
  }
}
