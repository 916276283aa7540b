package dev.odgen.samples.app.actions;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.ProcNoteFilter;
import dev.odgen.samples.opendental.entity.ProcNote;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import dev.odgen.samples.opendental.server.ProcNoteActions;
import java.util.Comparator;
import java.util.Optional;

/**
 * {@code POST /procnotes}: a new note on a procedure (notes are never edited, each change is a new row). With
 * doAppendNote the latest note of the procedure and two line breaks come first. This server keeps no signatures
 * (no Signature column), so isSigned is accepted and not stored.
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
    String note = input.note();
    if (Boolean.TRUE.equals(input.doAppendNote())) {
      Optional<ProcNote> latest = Pages.all((offset, limit) ->
              daos.procNotes().list(new ProcNoteFilter(input.patNum(), input.procNum()), offset, limit)).stream()
          .max(Comparator.comparing(ProcNote::entryDateTime).thenComparingLong(ProcNote::procNoteNum));
      if (latest.isPresent()) {
        note = latest.get().note() + "\r\n\r\n" + note;
      }
    }
    long id = daos.procNotes().insert(new ProcNote(0, input.patNum(), input.procNum(), request.serverTime(), 0, note,
        false, null));
    return daos.procNotes().findById(id).orElseThrow(() -> new NotFoundException("ProcNote not found"));
  }
}
