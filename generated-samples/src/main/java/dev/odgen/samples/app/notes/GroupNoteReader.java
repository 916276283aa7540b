package dev.odgen.samples.app.notes;

import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.ProcedureLogFilter;
import dev.odgen.samples.opendental.entity.GroupNote;
import dev.odgen.samples.opendental.entity.ProcNote;
import dev.odgen.samples.opendental.entity.ProcStat;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import java.util.List;
import java.util.Optional;

/** Group notes as the API shows them: the ~GRP~ procedure, its procgroupitem rows and its newest procnote. */
final class GroupNoteReader {
  private final OpenDentalDaos daos;
  private final ProcGroupItems items;
  private final ProcNoteHistory notes;

  GroupNoteReader(OpenDentalDaos daos) {
    this.daos = daos;
    this.items = new ProcGroupItems(daos.db());
    this.notes = new ProcNoteHistory(daos);
  }

  /** The patient's group notes (invalidated ones left out), oldest first. */
  List<GroupNote> ofPatient(long patNum) {
    if (!daos.patients().exists(patNum)) {
      throw new NotFoundException("Patient not found (PatNum " + patNum + ")");
    }
    Optional<Long> codeNum = new GroupNoteCode(daos.db()).find();
    if (codeNum.isEmpty()) {
      return List.of();   // without the code there can be no group note
    }
    ProcedureLogFilter filter = new ProcedureLogFilter(patNum, null, null, null, null, codeNum.get(), null);
    return Pages.all((offset, limit) -> daos.procedureLogs().list(filter, offset, limit)).stream()
        .filter(p -> !p.procStatus().equals(ProcStat.D))
        .map(this::of)
        .toList();
  }

  /**
   * The group note with ProcNum {@code procNum}.
   *
   * @throws NotFoundException when there is no such procedure
   * @throws BadRequestException when the procedure is not a group note
   */
  ProcedureLog groupProcedure(long procNum) {
    ProcedureLog p = daos.procedureLogs().findById(procNum)
        .orElseThrow(() -> new NotFoundException("Procedure not found (ProcNum " + procNum + ")"));
    if (!GroupNoteCode.marks(p)) {
      throw new BadRequestException("ProcNum: procedure " + procNum + " is not a group note (its code is "
          + p.procCode() + ", not " + GroupNoteCode.PROC_CODE + ")");
    }
    return p;
  }

  /** The group note of a ~GRP~ procedure. */
  GroupNote of(ProcedureLog group) {
    Optional<ProcNote> note = notes.latest(group.patNum(), group.procNum());
    return new GroupNote(group.patNum(), group.provNum(), group.procNum(), items.procNums(group.procNum()),
        note.map(ProcNote::note).orElse(""), note.map(n -> !n.signature().isBlank()).orElse(false));
  }

  /** The group note of ProcNum {@code procNum}, read again (after a write). */
  GroupNote reread(long procNum) {
    return of(groupProcedure(procNum));
  }
}
