package dev.odgen.samples.app.actions;

import dev.odgen.runtime.jdbc.Where;
import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.PatPlanFilter;
import dev.odgen.samples.opendental.entity.ClaimProc;
import dev.odgen.samples.opendental.entity.ClaimProcStatus;
import dev.odgen.samples.opendental.entity.InsSub;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.entity.ProcStat;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import dev.odgen.samples.opendental.entity.ProcedureLogPatch;
import dev.odgen.samples.opendental.server.ProcedureLogActions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * {@code POST /procedurelogs/InsuranceHistory}: records that a procedure of an Insurance History category was done
 * elsewhere: an EO procedure of the category's first code (preference {@code InsHist...Codes}) at the patient's
 * clinic and primary provider, and an InsHist claimproc tying it to the subscription, in one transaction.
 */
final class InsuranceHistoryEntries {
  private final OpenDentalDaos daos;
  private final Preferences preferences;

  InsuranceHistoryEntries(OpenDentalDaos daos) {
    this.daos = daos;
    this.preferences = new Preferences(daos.preferences());
  }

  ProcedureLog create(ProcedureLogActions.CreateInsuranceHistoryInput input, LocalDate today) {
    Patient patient = daos.patients().findById(input.patNum())
        .orElseThrow(() -> new NotFoundException("Patient not found (PatNum " + input.patNum() + ")"));
    InsSub sub = daos.insSubs().findById(input.insSubNum())
        .orElseThrow(() -> new NotFoundException("InsSub not found (InsSubNum " + input.insSubNum() + ")"));
    if (daos.patPlans().list(new PatPlanFilter(input.patNum(), input.insSubNum()), 0, 1).isEmpty()) {
      throw new BadRequestException("InsSubNum: subscription " + input.insSubNum() + " does not cover patient "
          + input.patNum());
    }
    if (input.procDate().isAfter(today)) {
      throw new BadRequestException("ProcDate: must not be in the future");
    }
    String prefName = input.insHistPrefName().wireName();
    String firstCode = preferences.text(prefName).flatMap(codes -> Arrays.stream(codes.split(","))
            .map(String::strip).filter(c -> !c.isEmpty()).findFirst())
        .orElseThrow(() -> new BadRequestException("insHistPrefName: the preference " + prefName
            + " has no procedure code set"));
    long codeNum = codeNum(firstCode);
    return daos.db().inTransaction(tx -> {
      OpenDentalDaos in = daos.over(tx);
      long procNum = in.procedureLogs().insert(ProcedureLogPatch.builder().patNum(patient.patNum())
          .procDate(input.procDate()).dateTP(input.procDate()).procStatus(ProcStat.EO).procFee(BigDecimal.ZERO)
          .provNum(patient.priProv()).clinicNum(patient.clinicNum()).codeNum(codeNum).build());
      ClaimProc d = ClaimProc.defaults();
      in.claimProcs().insert(new ClaimProc(0, procNum, 0, patient.patNum(), patient.priProv(), d.feeBilled(),
          d.insPayEst(), d.dedApplied(), ClaimProcStatus.INS_HIST, d.insPayAmt(), d.remarks(), 0, sub.planNum(),
          input.procDate(), d.writeOff(), d.codeSent(), d.allowedOverride(), d.percentage(), d.percentOverride(),
          d.copayAmt(), d.noBillIns(), d.paidOtherIns(), d.baseEst(), d.copayOverride(), input.procDate(), today,
          d.dedEst(), d.dedEstOverride(), d.insEstTotal(), d.insEstTotalOverride(), d.paidOtherInsOverride(),
          d.estimateNote(), d.writeOffEst(), d.writeOffEstOverride(), patient.clinicNum(), sub.insSubNum(),
          d.paymentRow(), 0, d.claimPaymentTracking(), d.claimPaymentTrackingLabel(), 0, d.secDateEntry(),
          d.secDateTEdit(), d.dateSuppReceived(), d.dateInsFinalized(), d.isTransfer(), d.claimAdjReasonCodes()));
      return in.procedureLogs().findById(procNum).orElseThrow();
    });
  }

  private long codeNum(String procCode) {
    Db db = daos.db();
    Where where = new Where(db.dialect()).in("ProcCode", List.of(procCode));
    return db.query("SELECT " + db.dialect().quote("CodeNum") + " FROM " + db.dialect().quote("procedurecode")
        + where.sql(), where.params(), rs -> rs.getLong(1)).stream().findFirst()
        .orElseThrow(() -> new BadRequestException("insHistPrefName: the office has no procedure code " + procCode));
  }
}
