package dev.odgen.samples.app.notes;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.GroupNote;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.entity.ProcNote;
import dev.odgen.samples.opendental.entity.ProcStat;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import dev.odgen.samples.opendental.entity.ProcedureLogPatch;
import dev.odgen.samples.opendental.server.ProcedureLogActions.CreateGroupNoteInput;
import dev.odgen.samples.opendental.server.ProcedureLogActions.DeleteGroupNoteInput;
import dev.odgen.samples.opendental.server.ProcedureLogActions.UpdateGroupNoteInput;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code POST}, {@code PUT} and {@code DELETE /procedurelogs/.../GroupNote}. Every input is checked before the first
 * write, and the writes of one call run in one transaction (the server's write transaction, joined here).
 */
final class GroupNoteWriter {
  private final OpenDentalDaos daos;
  private final GroupNoteReader reader;
  private final GroupedProcedures grouped;

  GroupNoteWriter(OpenDentalDaos daos) {
    this.daos = daos;
    this.reader = new GroupNoteReader(daos);
    this.grouped = new GroupedProcedures(daos);
  }

  /**
   * A new ~GRP~ procedure (status EC) on the procedures' date and clinic, the given provider or else the patient's
   * primary one; a procgroupitem row per procedure; the note as its first procnote.
   */
  GroupNote create(CreateGroupNoteInput input, ApiRequest request) {
    Patient patient = daos.patients().findById(input.patNum())
        .orElseThrow(() -> new NotFoundException("Patient not found (PatNum " + input.patNum() + ")"));
    requireText(input.note());
    long provNum = input.provNum() == null ? patient.priProv() : provider(input.provNum());
    long groupNum = add(patient.patNum(), input.procNums(), provNum, input.note(), request.serverTime(),
        ApiSignature.choose(input.isSigned(), "", request));
    return reader.reread(groupNum);
  }

  /** Checks the procedures, then writes the group note over them; returns its ProcNum. */
  long add(long patNum, List<Long> procNums, long provNum, String note, LocalDateTime at, String signature) {
    List<ProcedureLog> procedures = grouped.check(patNum, procNums);
    long codeNum = new GroupNoteCode(daos.db()).require();
    ProcedureLog first = procedures.get(0);
    return daos.db().inTransaction(tx -> {
      OpenDentalDaos in = daos.over(tx);
      long procNum = in.procedureLogs().insert(ProcedureLogPatch.builder().patNum(patNum)
          .procDate(first.procDate()).dateTP(first.procDate()).procStatus(ProcStat.EC).procFee(BigDecimal.ZERO)
          .provNum(provNum).clinicNum(first.clinicNum()).codeNum(codeNum).build());
      ProcGroupItems items = new ProcGroupItems(tx);
      procedures.forEach(p -> items.add(procNum, p.procNum()));
      new ProcNoteHistory(in).add(patNum, procNum, at, note, signature);
      return procNum;
    });
  }

  /**
   * A new procnote (the group note's new text, after the current one with doAppendNote), signed or not as asked
   * (an absent isSigned keeps the current signature), and the provider when one is given.
   */
  GroupNote update(UpdateGroupNoteInput input, ApiRequest request) {
    if (!daos.patients().exists(input.patNum())) {
      throw new NotFoundException("Patient not found (PatNum " + input.patNum() + ")");
    }
    ProcedureLog group = reader.groupProcedure(input.procNum());
    if (group.patNum() != input.patNum()) {
      throw new BadRequestException("PatNum: group note " + group.procNum() + " is patient " + group.patNum()
          + "'s, not patient " + input.patNum() + "'s");
    }
    requireText(input.note());
    boolean append = Boolean.TRUE.equals(input.doAppendNote());
    if (append && !group.isLocked()) {
      throw new BadRequestException("doAppendNote: group note " + group.procNum() + " is not locked; only a locked"
          + " group note is appended to (send the whole note without doAppendNote instead)");
    }
    if (append && group.procStatus().equals(ProcStat.D)) {
      throw new BadRequestException("doAppendNote: group note " + group.procNum() + " is invalidated");
    }
    Long provNum = input.provNum() == null ? null : provider(input.provNum());
    daos.db().inTransaction(tx -> {
      OpenDentalDaos in = daos.over(tx);
      ProcNoteHistory notes = new ProcNoteHistory(in);
      String current = notes.latest(group.patNum(), group.procNum()).map(ProcNote::signature).orElse("");
      String text = append ? notes.appendedTo(group.patNum(), group.procNum(), input.note()) : input.note();
      notes.add(group.patNum(), group.procNum(), request.serverTime(), text,
          ApiSignature.choose(input.isSigned(), current, request));
      if (provNum != null) {
        in.procedureLogs().update(group.procNum(), ProcedureLogPatch.builder().provNum(provNum).build());
      }
      return null;
    });
    return reader.reread(group.procNum());
  }

  /** The ~GRP~ procedure, its procnotes and its procgroupitem rows; the procedures it covered stay. */
  void delete(DeleteGroupNoteInput input) {
    ProcedureLog group = reader.groupProcedure(input.procNum());
    daos.db().inTransaction(tx -> {
      OpenDentalDaos in = daos.over(tx);
      new ProcNoteHistory(in).removeAll(group.patNum(), group.procNum());
      new ProcGroupItems(tx).removeGroup(group.procNum());
      in.procedureLogs().delete(group.procNum());
      return null;
    });
  }

  private long provider(long provNum) {
    if (!daos.providers().exists(provNum)) {
      throw new BadRequestException("ProvNum: there is no provider " + provNum);
    }
    return provNum;
  }

  private static void requireText(String note) {
    if (note == null || note.isBlank()) {
      throw new BadRequestException("Note: the group note's text must not be blank");
    }
  }
}
