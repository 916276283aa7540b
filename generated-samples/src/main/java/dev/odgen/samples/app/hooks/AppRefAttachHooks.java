package dev.odgen.samples.app.hooks;

import dev.odgen.samples.opendental.dao.RefAttachHooks;
import dev.odgen.samples.opendental.entity.RefAttach;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The referral's display name on each attachment: "Steve N Stevens, DDS" (FName MName LName, Title). */
final class AppRefAttachHooks implements RefAttachHooks {
  private final Sql sql;

  AppRefAttachHooks(Sql sql) {
    this.sql = sql;
  }

  /** Blank when the referral does not exist (any more). */
  @Override
  public Map<Long, String> deriveReferralName(List<RefAttach> rows) {
    List<Long> referralNums = rows.stream().map(RefAttach::referralNum).distinct().toList();
    Map<Long, String> byReferral = new HashMap<>();
    sql.db().query("SELECT " + sql.q("ReferralNum") + ", " + sql.q("FName") + ", " + sql.q("MName") + ", "
            + sql.q("LName") + ", " + sql.q("Title") + " FROM " + sql.q("referral") + " WHERE "
            + sql.q("ReferralNum") + " IN (" + Sql.marks(referralNums) + ")", referralNums,
        rs -> Map.entry(rs.getLong(1),
            DisplayName.of(rs.getString(5), rs.getString(2), rs.getString(3), rs.getString(4))))
        .forEach(e -> byReferral.put(e.getKey(), e.getValue()));
    Map<Long, String> names = new HashMap<>();
    for (RefAttach row : rows) {
      names.put(row.refAttachNum(), byReferral.getOrDefault(row.referralNum(), ""));
    }
    return names;
  }
}
