package dev.odgen.samples.app.hooks;

import dev.odgen.runtime.jdbc.Where;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.opendental.dao.PopupHooks;
import dev.odgen.samples.opendental.entity.EnumPopupLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /popups?PatNum=}: every popup that shows when the patient is selected, active or disabled: the
 * patient's own, the Family and SuperFamily popups of the family (same Guarantor), and the SuperFamily popups of
 * the super family (same SuperFamily, when the patient is in one). Archived copies (the old text of an edited
 * popup) are history, not popups of the patient, and are left out. An unknown patient is 404.
 */
final class AppPopupHooks implements PopupHooks {
  private final Sql sql;

  AppPopupHooks(Sql sql) {
    this.sql = sql;
  }

  /** The patient's family and super family, as the patient row records them. */
  private record Household(long guarantor, long superFamily) {
  }

  @Override
  public void filterPatNum(long patNum, Where where) {
    Household household = household(patNum);
    String patNumColumn = sql.q("PatNum");
    String level = sql.q("PopupLevel");
    List<String> shown = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    shown.add(patNumColumn + " = ?");
    params.add(patNum);
    if (household.guarantor() != 0) {
      shown.add("(" + level + " IN (?, ?) AND " + patNumColumn + " IN (SELECT " + patNumColumn + " FROM "
          + sql.q("patient") + " WHERE " + sql.q("Guarantor") + " = ?))");
      params.add(EnumPopupLevel.FAMILY);
      params.add(EnumPopupLevel.SUPER_FAMILY);
      params.add(household.guarantor());
    }
    if (household.superFamily() != 0) {
      shown.add("(" + level + " = ? AND " + patNumColumn + " IN (SELECT " + patNumColumn + " FROM "
          + sql.q("patient") + " WHERE " + sql.q("SuperFamily") + " = ?))");
      params.add(EnumPopupLevel.SUPER_FAMILY);
      params.add(household.superFamily());
    }
    where.raw("(" + String.join(" OR ", shown) + ")", params.toArray());
    where.raw(sql.q("IsArchived") + " = ?", false);
  }

  private Household household(long patNum) {
    return sql.db().queryOne("SELECT " + sql.q("Guarantor") + ", " + sql.q("SuperFamily") + " FROM "
                + sql.q("patient") + " WHERE " + sql.q("PatNum") + " = ?", List.of(patNum),
            rs -> new Household(rs.getLong(1), rs.getLong(2)))
        .orElseThrow(() -> new NotFoundException("Patient not found (PatNum " + patNum + ")"));
  }
}
