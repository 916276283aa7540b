package dev.odgen.samples.app.hooks;

import dev.odgen.runtime.schema.Dialect;
import dev.odgen.runtime.jdbc.Where;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.samples.opendental.dao.PatientHooks;
import dev.odgen.samples.opendental.entity.PatientStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The custom filters of {@code GET /patients}, Open Dental's Patient Select search. SiteNum and Country are left
 * to the generated default (400) and siteDesc is not derived: the generated patient table has no SiteNum or
 * Country column and there is no site table.
 */
final class AppPatientHooks implements PatientHooks {
  private static final List<String> PHONES = List.of("HmPhone", "WkPhone", "WirelessPhone");

  private final Sql sql;

  AppPatientHooks(Sql sql) {
    this.sql = sql;
  }

  /** The digits in order, whatever punctuation sits between them, in any of the three numbers. */
  @Override
  public void filterPhone(String value, Where where) {
    Optional<String> pattern = PhonePattern.of(value);
    List<String> tests = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    for (String column : PHONES) {
      if (pattern.isPresent()) {
        tests.add(sql.q(column) + " REGEXP ?");
        params.add(pattern.get());
      } else {
        // no digits typed (e.g. "ext"): a plain partial match
        tests.add(sql.like(column));
        params.add(Dialect.likeContaining(value));
      }
    }
    where.raw("(" + String.join(" OR ", tests) + ")", params.toArray());
  }

  @Override
  public void filterHideInactive(boolean value, Where where) {
    if (value) {
      where.raw(sql.q("PatStatus") + " <> ?", PatientStatus.INACTIVE);
    }
  }

  @Override
  public void filterGuarOnly(boolean value, Where where) {
    if (value) {
      where.raw(sql.q("Guarantor") + " = " + sql.q("PatNum"));
    }
  }

  /**
   * false (the default, so this runs for every list) leaves archived patients out; true lists them with the
   * others. Deleted patients are left out either way: the list is Open Dental's Patient Select, which never shows
   * them (they can only be deleted in Open Dental, and the API may not touch them).
   */
  @Override
  public void filterShowArchived(boolean value, Where where) {
    where.raw(sql.q("PatStatus") + " <> ?", PatientStatus.DELETED);
    if (!value) {
      where.raw(sql.q("PatStatus") + " <> ?", PatientStatus.ARCHIVED);
    }
  }

  /** Patients covered (patplan) by a subscription whose SubscriberID contains the text. */
  @Override
  public void filterSubscriberId(String value, Where where) {
    where.raw(sql.q("PatNum") + " IN (SELECT " + sql.q("PatNum") + " FROM " + sql.q("patplan")
            + " WHERE " + sql.q("InsSubNum") + " IN (SELECT " + sql.q("InsSubNum") + " FROM " + sql.q("inssub")
            + " WHERE " + sql.like("SubscriberID") + "))",
        Dialect.likeContaining(value));
  }

  /** Comma-separated ClinicNums (blanks between commas ignored); a list of none filters nothing. */
  @Override
  public void filterClinicNums(String value, Where where) {
    List<Long> clinics = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      String text = part.trim();
      if (text.isEmpty()) {
        continue;
      }
      try {
        clinics.add(Long.parseLong(text));
      } catch (NumberFormatException e) {
        throw new BadRequestException("clinicNums: '" + text + "' is not a whole number (expected e.g. 1,3,4)");
      }
    }
    if (!clinics.isEmpty()) {
      where.in("ClinicNum", clinics);
    }
  }

  @Override
  public void filterClinicAbbr(String value, Where where) {
    where.raw(sql.q("ClinicNum") + " IN (SELECT " + sql.q("ClinicNum") + " FROM " + sql.q("clinic")
        + " WHERE " + sql.like("Abbr") + ")", Dialect.likeContaining(value));
  }

  /** Patients with an invoice (a statement with IsInvoice) whose number, the StatementNum, contains the text. */
  @Override
  public void filterInvoiceNumber(String value, Where where) {
    where.raw(sql.q("PatNum") + " IN (SELECT " + sql.q("PatNum") + " FROM " + sql.q("statement")
            + " WHERE " + sql.q("IsInvoice") + " = ? AND CONCAT('', " + sql.q("StatementNum") + ") LIKE ? ESCAPE '"
            + Dialect.LIKE_ESCAPE + "')",
        true, Dialect.likeContaining(value));
  }
}
