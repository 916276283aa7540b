package dev.odgen.samples.app.money;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.samples.app.actions.AccountModule;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.Aging;
import dev.odgen.samples.opendental.entity.AgingRow;
import dev.odgen.samples.opendental.entity.FinanceChargeRow;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.entity.PatientStatus;
import dev.odgen.samples.opendental.server.ReportActions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /reports/Aging} (one row per guarantor whose family owes or is owed something, computed with the very
 * aging {@code GET /accountmodules/{PatNum}/Aging} answers, on DateAsOf) and {@code GET /reports/FinanceCharges}
 * (the finance-charge adjustments, of the FinanceChargeAdjustmentType preference's type, dated in the range,
 * summed per patient).
 */
public final class ReportDesk implements ReportActions {
  private final OpenDentalDaos daos;
  private final Office office;
  private final AccountModule accounts;

  public ReportDesk(OpenDentalDaos daos) {
    this.daos = daos;
    this.office = new Office(daos);
    this.accounts = new AccountModule(daos);
  }

  @Override
  public List<AgingRow> aging(AgingInput in, ApiRequest request) {
    LocalDate asOf = in.dateAsOf() == null ? request.serverTime().toLocalDate() : in.dateAsOf();
    var q = daos.db().dialect();
    List<Object> params = new ArrayList<>();
    String sql = "SELECT " + q.quote("PatNum") + " FROM " + q.quote("patient") + " WHERE (" + q.quote("Guarantor")
        + " = " + q.quote("PatNum") + " OR " + q.quote("Guarantor") + " = 0) AND " + q.quote("PatStatus") + " <> ?";
    params.add(PatientStatus.DELETED);
    if (in.clinicNum() != null) {
      sql += " AND " + q.quote("ClinicNum") + " = ?";
      params.add(in.clinicNum());
    }
    sql += " ORDER BY " + q.quote("LName") + ", " + q.quote("FName") + ", " + q.quote("PatNum");
    List<AgingRow> rows = new ArrayList<>();
    for (long guarantor : daos.db().query(sql, params, rs -> rs.getLong(1))) {
      Patient patient = daos.patients().findById(guarantor).orElseThrow();
      Aging a = accounts.agingOn(patient, asOf);
      if (a.total().signum() == 0 && a.insEst().signum() == 0) {
        continue;
      }
      rows.add(new AgingRow(guarantor, patient.lName() + ", " + patient.fName() + " ", a.bal_0_30(), a.bal_31_60(),
          a.bal_61_90(), a.balOver90(), a.total(), BigDecimal.ZERO.setScale(2), a.insEst(),
          a.total().subtract(a.insEst())));
    }
    int from = (int) Math.min(rows.size(), in.page().offset());
    int to = (int) Math.min(rows.size(), (long) from + in.page().limit());
    return rows.subList(from, to);
  }

  @Override
  public List<FinanceChargeRow> financeCharges(FinanceChargesInput in, ApiRequest request) {
    LocalDate today = request.serverTime().toLocalDate();
    LocalDate from = in.dateFrom() == null ? today : in.dateFrom();
    LocalDate to = in.dateTo() == null ? today : in.dateTo();
    long type = office.key("FinanceChargeAdjustmentType").orElse(-1L);
    var q = daos.db().dialect();
    List<Object> params = new ArrayList<>(List.of(type, from, to));
    StringBuilder sql = new StringBuilder("SELECT a." + q.quote("PatNum") + ", a." + q.quote("AdjAmt") + " FROM "
        + q.quote("adjustment") + " a JOIN " + q.quote("patient") + " p ON p." + q.quote("PatNum") + " = a."
        + q.quote("PatNum") + " WHERE a." + q.quote("AdjType") + " = ? AND a." + q.quote("AdjDate")
        + " BETWEEN ? AND ?");
    if (in.provNums() != null && !in.provNums().isEmpty()) {
      sql.append(" AND a.").append(q.quote("ProvNum")).append(" IN (").append(marks(in.provNums().size())).append(')');
      params.addAll(in.provNums());
    }
    if (in.billingTypes() != null && !in.billingTypes().isEmpty()) {
      sql.append(" AND p.").append(q.quote("BillingType")).append(" IN (").append(marks(in.billingTypes().size()))
          .append(')');
      params.addAll(in.billingTypes());
    }
    sql.append(" ORDER BY p.").append(q.quote("LName")).append(", p.").append(q.quote("FName"))
        .append(", a.").append(q.quote("PatNum"));
    Map<Long, BigDecimal> byPatient = new LinkedHashMap<>();
    daos.db().query(sql.toString(), params, rs -> {
      byPatient.merge(rs.getLong(1), rs.getBigDecimal(2), BigDecimal::add);
      return null;
    });
    List<FinanceChargeRow> rows = new ArrayList<>();
    byPatient.forEach((patNum, amount) -> {
      Patient p = daos.patients().findById(patNum).orElseThrow();
      rows.add(new FinanceChargeRow(patNum, p.lName() + ", " + p.fName() + " ", p.preferred(),
          amount.setScale(2, RoundingMode.HALF_UP)));
    });
    return rows;
  }

  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }
}
