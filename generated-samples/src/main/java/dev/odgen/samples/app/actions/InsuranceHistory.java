package dev.odgen.samples.app.actions;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.jdbc.Where;
import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.ClaimProcFilter;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.PatPlanFilter;
import dev.odgen.samples.opendental.dao.ProcedureLogFilter;
import dev.odgen.samples.opendental.entity.ClaimProc;
import dev.odgen.samples.opendental.entity.ClaimProcStatus;
import dev.odgen.samples.opendental.entity.InsHistPrefName;
import dev.odgen.samples.opendental.entity.InsuranceHistoryEntry;
import dev.odgen.samples.opendental.entity.ProcStat;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import dev.odgen.samples.opendental.server.ProcedureLogActions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code GET /procedurelogs/InsuranceHistory}: per Insurance History category, the latest procedure of the
 * patient with one of the category's codes (preference {@code InsHist...Codes}, comma-separated) that is done
 * (C, EC or EO) and known to the subscription's insurance (a claimproc of that InsSubNum: received, sent, or an
 * InsHist entry). The four perio quadrant categories also need the procedure's quadrant (Surf UR, UL, LR, LL).
 * "Not Set" when the category has no codes, "No History" when nothing matches.
 */
public final class InsuranceHistory implements ProcedureLogActions {
  static final String NOT_SET = "Not Set";
  static final String NO_HISTORY = "No History";
  private static final Set<ProcStat> DONE = Set.of(ProcStat.C, ProcStat.EC, ProcStat.EO);
  private static final Set<ClaimProcStatus> KNOWN_TO_INSURANCE = Set.of(ClaimProcStatus.RECEIVED,
      ClaimProcStatus.NOT_RECEIVED, ClaimProcStatus.SUPPLEMENTAL, ClaimProcStatus.INS_HIST);

  private static final Map<InsHistPrefName, String> QUADRANT = Map.of(
      InsHistPrefName.INS_HIST_PERIO_UR_CODES, "UR",
      InsHistPrefName.INS_HIST_PERIO_UL_CODES, "UL",
      InsHistPrefName.INS_HIST_PERIO_LR_CODES, "LR",
      InsHistPrefName.INS_HIST_PERIO_LL_CODES, "LL");

  private final OpenDentalDaos daos;
  private final Preferences preferences;

  public InsuranceHistory(OpenDentalDaos daos) {
    this.daos = daos;
    this.preferences = new Preferences(daos.preferences());
  }

  @Override
  public List<InsuranceHistoryEntry> insuranceHistory(InsuranceHistoryInput input, ApiRequest request) {
    long patNum = input.patNum();
    long insSubNum = input.insSubNum();
    if (!daos.patients().exists(patNum)) {
      throw new NotFoundException("Patient not found (PatNum " + patNum + ")");
    }
    if (!daos.insSubs().exists(insSubNum)) {
      throw new NotFoundException("InsSub not found (InsSubNum " + insSubNum + ")");
    }
    if (daos.patPlans().list(new PatPlanFilter(patNum, insSubNum), 0, 1).isEmpty()) {
      throw new BadRequestException("InsSubNum: subscription " + insSubNum + " does not cover patient " + patNum
          + " (no patplan links them)");
    }
    Set<Long> insuredProcs = Pages.all((offset, limit) ->
            daos.claimProcs().list(new ClaimProcFilter(null, null, patNum, null, null), offset, limit)).stream()
        .filter(cp -> cp.insSubNum() == insSubNum && KNOWN_TO_INSURANCE.contains(cp.status()))
        .map(ClaimProc::procNum)
        .collect(Collectors.toSet());
    List<ProcedureLog> done = Pages.all((offset, limit) -> daos.procedureLogs().list(
            new ProcedureLogFilter(patNum, null, null, null, null, null, null), offset, limit)).stream()
        .filter(p -> DONE.contains(p.procStatus()) && insuredProcs.contains(p.procNum()))
        .toList();

    List<InsuranceHistoryEntry> entries = new ArrayList<>();
    for (InsHistPrefName category : InsHistPrefName.values()) {
      Optional<String> codes = preferences.text(category.wireName());
      if (codes.isEmpty()) {
        entries.add(new InsuranceHistoryEntry(category, NOT_SET, 0));
        continue;
      }
      Set<Long> codeNums = codeNums(codes.get());
      String quadrant = QUADRANT.get(category);
      entries.add(done.stream()
          .filter(p -> codeNums.contains(p.codeNum()))
          .filter(p -> quadrant == null || quadrant.equalsIgnoreCase(p.surf()))
          .max(Comparator.comparing(ProcedureLog::procDate).thenComparingLong(ProcedureLog::procNum))
          .map(p -> new InsuranceHistoryEntry(category, p.procDate().toString(), p.procNum()))
          .orElse(new InsuranceHistoryEntry(category, NO_HISTORY, 0)));
    }
    return entries;
  }

  private Set<Long> codeNums(String commaSeparatedCodes) {
    List<String> codes = Arrays.stream(commaSeparatedCodes.split(","))
        .map(String::strip).filter(c -> !c.isEmpty()).toList();
    Db db = daos.db();
    Where where = new Where(db.dialect()).in("ProcCode", codes);
    return Set.copyOf(db.query("SELECT " + db.dialect().quote("CodeNum") + " FROM "
        + db.dialect().quote("procedurecode") + where.sql(), where.params(), rs -> rs.getLong(1)));
  }
}
