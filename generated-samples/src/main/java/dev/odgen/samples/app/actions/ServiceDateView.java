package dev.odgen.samples.app.actions;

import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.AdjustmentFilter;
import dev.odgen.samples.opendental.dao.ClaimProcFilter;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.PaySplitFilter;
import dev.odgen.samples.opendental.dao.ProcedureLogFilter;
import dev.odgen.samples.opendental.entity.ClaimProc;
import dev.odgen.samples.opendental.entity.ClaimProcStatus;
import dev.odgen.samples.opendental.entity.PaySplit;
import dev.odgen.samples.opendental.entity.ProcStat;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import dev.odgen.samples.opendental.entity.Provider;
import dev.odgen.samples.opendental.entity.ServiceDateViewRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of the Service Date View: the same charges and credits as the aging's ledger, grouped by date, each day
 * closed by a "Day Total" row carrying the running account balance, and an "Overall Total" row at the end. Every
 * value is text, as Open Dental writes this grid.
 */
final class ServiceDateView {
  /** One charge or credit: the day of the service it belongs to (grouped by), and the day it was entered. */
  private record Line(LocalDate date, LocalDate transDate, String objectType, long key, String type, long patNum,
      String reference, BigDecimal charge, BigDecimal credit, long provNum, boolean insurance) {}

  private final OpenDentalDaos daos;
  private final Map<Long, String> provAbbr = new HashMap<>();

  ServiceDateView(OpenDentalDaos daos) {
    this.daos = daos;
  }

  List<ServiceDateViewRow> rows(List<Long> patNums) {
    Map<Long, String> names = new HashMap<>();
    List<Line> lines = new ArrayList<>();
    for (long patNum : patNums) {
      names.put(patNum, daos.patients().findById(patNum).map(p -> p.fName()).orElse(""));
      lines.addAll(linesOf(patNum));
    }
    lines.sort(Comparator.comparing(Line::date).thenComparing(l -> !l.objectType().equals("Procedure"))
        .thenComparing(Line::key));
    Map<LocalDate, List<Line>> byDay = new TreeMap<>();
    lines.forEach(l -> byDay.computeIfAbsent(l.date(), d -> new ArrayList<>()).add(l));
    List<ServiceDateViewRow> rows = new ArrayList<>();
    BigDecimal balance = BigDecimal.ZERO;
    BigDecimal insBalance = BigDecimal.ZERO;
    BigDecimal allCharges = BigDecimal.ZERO;
    BigDecimal allCredits = BigDecimal.ZERO;
    for (Map.Entry<LocalDate, List<Line>> day : byDay.entrySet()) {
      BigDecimal charges = BigDecimal.ZERO;
      BigDecimal credits = BigDecimal.ZERO;
      for (Line l : day.getValue()) {
        charges = charges.add(l.charge());
        credits = credits.add(l.credit());
        if (l.insurance()) {
          insBalance = insBalance.add(l.credit());
        }
        String date = day.getKey().toString();
        rows.add(new ServiceDateViewRow(l.objectType(), Long.toString(l.key()), l.type(), date,
            l.transDate().toString(), names.get(l.patNum()), Long.toString(l.patNum()),
            l.reference(), money(l.charge()), money(l.credit()), abbr(l.provNum()), "", ""));
      }
      balance = balance.add(charges).subtract(credits);
      allCharges = allCharges.add(charges);
      allCredits = allCredits.add(credits);
      rows.add(new ServiceDateViewRow("", "", "Day Total", day.getKey().toString(), "", "", "", "Total for Date",
          money(charges), money(credits), "", money(insBalance), money(balance)));
    }
    rows.add(new ServiceDateViewRow("", "", "Overall Total", "", "", "", "", "Total", money(allCharges),
        money(allCredits), "", money(insBalance), money(balance)));
    return rows;
  }

  private List<Line> linesOf(long patNum) {
    List<Line> lines = new ArrayList<>();
    for (ProcedureLog p : Pages.all((o, l) -> daos.procedureLogs().list(
        new ProcedureLogFilter(patNum, null, ProcStat.C, null, null, null, null), o, l))) {
      String tooth = p.toothNum() == null || p.toothNum().isEmpty() ? "" : ":#" + p.toothNum()
          + (p.surf() == null || p.surf().isEmpty() ? "" : "-" + p.surf());
      LocalDate entered = p.dateEntryC() == null || p.dateEntryC().getYear() < 1880 ? p.procDate() : p.dateEntryC();
      lines.add(new Line(p.procDate(), entered, "Procedure", p.procNum(), "Proc", patNum, p.procCode() + tooth,
          FamilyAging.charge(p), BigDecimal.ZERO, p.provNum(), false));
    }
    Pages.all((o, l) -> daos.adjustments().list(new AdjustmentFilter(patNum, null, null), o, l)).forEach(a -> {
      boolean charge = a.adjAmt().signum() > 0;
      LocalDate service = a.procDate() == null || a.procDate().getYear() < 1880 ? a.adjDate() : a.procDate();
      lines.add(new Line(service, a.adjDate(), "Adjustment", a.adjNum(), a.procNum() != 0 ? "Adj-Att." : "Adj", patNum,
          "Adj- " + (a.adjTypeLabel() == null ? "" : a.adjTypeLabel()), charge ? a.adjAmt() : BigDecimal.ZERO,
          charge ? BigDecimal.ZERO : a.adjAmt().negate(), a.provNum(), false));
    });
    for (PaySplit s : Pages.all((o, l) -> daos.paySplits().list(new PaySplitFilter(patNum, null, null), o, l))) {
      if (s.unearnedType() != 0) {
        continue;   // prepayments pay nothing until allocated, as in the aging
      }
      lines.add(new Line(s.datePay(), s.datePay(), "PaySplit", s.splitNum(), "PatPay", patNum, "Payment",
          BigDecimal.ZERO, s.splitAmt(), s.provNum(), false));
    }
    for (ClaimProc cp : Pages.all((o, l) -> daos.claimProcs().list(
        new ClaimProcFilter(null, null, patNum, null, null), o, l))) {
      if (cp.status() != ClaimProcStatus.RECEIVED && cp.status() != ClaimProcStatus.SUPPLEMENTAL) {
        continue;
      }
      BigDecimal credit = cp.insPayAmt().add(cp.writeOff());
      if (credit.signum() != 0) {
        LocalDate service = cp.procDate() == null || cp.procDate().getYear() < 1880 ? cp.dateCP() : cp.procDate();
        lines.add(new Line(service, cp.dateCP(), "ClaimProc", cp.claimProcNum(), "InsPay", patNum, "Insurance Payment",
            BigDecimal.ZERO, credit, cp.provNum(), true));
      }
    }
    return lines;
  }

  private String abbr(long provNum) {
    return provAbbr.computeIfAbsent(provNum, n -> daos.providers().findById(n).map(Provider::abbr).orElse(""));
  }

  private static String money(BigDecimal amount) {
    return AgingBuckets.money(amount).toPlainString();
  }
}
