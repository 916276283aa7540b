package dev.odgen.samples.app.notes;

import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.ProcStat;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks the procedures a new group note is to cover, as Open Dental's Group Note window does: each exists, is the
 * patient's, is done (C or EC) and is no group note itself, and all share date, clinic and provider.
 */
final class GroupedProcedures {
  private static final Set<ProcStat> DONE = Set.of(ProcStat.C, ProcStat.EC);

  private final OpenDentalDaos daos;

  GroupedProcedures(OpenDentalDaos daos) {
    this.daos = daos;
  }

  /**
   * The procedures of {@code procNums} (distinct, in the order given), checked.
   *
   * @throws NotFoundException for a ProcNum with no procedure
   * @throws BadRequestException for an empty list or a procedure that cannot be grouped with the others
   */
  List<ProcedureLog> check(long patNum, List<Long> procNums) {
    List<Long> distinct = procNums.stream().distinct().toList();
    if (distinct.isEmpty()) {
      throw new BadRequestException("ProcNums: give at least one procedure, as [1,2,3]");
    }
    List<ProcedureLog> procedures = new ArrayList<>();
    for (long procNum : distinct) {
      ProcedureLog p = daos.procedureLogs().findById(procNum)
          .orElseThrow(() -> new NotFoundException("Procedure not found (ProcNum " + procNum + ")"));
      if (p.patNum() != patNum) {
        throw new BadRequestException("ProcNums: procedure " + procNum + " is patient " + p.patNum()
            + "'s, not patient " + patNum + "'s");
      }
      if (GroupNoteCode.marks(p)) {
        throw new BadRequestException("ProcNums: procedure " + procNum + " is a group note itself");
      }
      if (!DONE.contains(p.procStatus())) {
        throw new BadRequestException("ProcNums: procedure " + procNum + " has status " + p.procStatus().wireName()
            + "; a group note covers only completed (C) or existing current provider (EC) procedures");
      }
      procedures.add(p);
    }
    same(procedures, "date", ProcedureLog::procDate);
    same(procedures, "clinic", ProcedureLog::clinicNum);
    same(procedures, "provider", ProcedureLog::provNum);
    return procedures;
  }

  private static void same(List<ProcedureLog> procedures, String what, Function<ProcedureLog, Object> value) {
    List<Object> values = procedures.stream().map(value).distinct().toList();
    if (values.size() > 1) {
      throw new BadRequestException("ProcNums: the procedures of a group note must have the same date, clinic and"
          + " provider; these have " + values.size() + " different " + what + "s: " + values);
    }
  }
}
