package dev.odgen.samples.app.money;

import dev.odgen.runtime.jdbc.Params;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.ClaimProcFilter;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.ClaimProc;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** Keeps a claim's ClaimFee, InsPayEst, InsPayAmt, DedApplied and WriteOff equal to the sums of its claimprocs. */
final class ClaimTotals {
  private ClaimTotals() {
  }

  static void recompute(OpenDentalDaos daos, long claimNum) {
    List<ClaimProc> cps = Pages.all((o, l) -> daos.claimProcs().list(
        new ClaimProcFilter(null, claimNum, null, null, null), o, l));
    ColumnUpdate.of(daos.db(), "claim", "ClaimNum")
        .set("ClaimFee", sum(cps, ClaimProc::feeBilled))
        .set("InsPayEst", sum(cps, ClaimProc::insPayEst))
        .set("InsPayAmt", sum(cps, ClaimProc::insPayAmt))
        .set("DedApplied", sum(cps, ClaimProc::dedApplied))
        .set("WriteOff", sum(cps, ClaimProc::writeOff))
        .on(claimNum);
  }

  private static BigDecimal sum(List<ClaimProc> cps, Function<ClaimProc, BigDecimal> amount) {
    return Params.money(cps.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add));
  }
}
