package dev.odgen.samples.app.hooks;

import dev.odgen.runtime.jdbc.Where;
import dev.odgen.samples.opendental.dao.UserodHooks;
import dev.odgen.samples.opendental.entity.Userod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /userods}: hidden and CEMT users only when asked for, and each user's provider name. emailAddress is
 * not derived: the generated schema has no emailaddress table.
 */
final class AppUserodHooks implements UserodHooks {
  private final Sql sql;

  AppUserodHooks(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void filterIncludeHidden(boolean value, Where where) {
    if (!value) {
      where.raw(sql.q("IsHidden") + " = ?", false);
    }
  }

  @Override
  public void filterIncludeCEMT(boolean value, Where where) {
    if (!value) {
      where.raw(sql.q("UserNumCEMT") + " = 0");
    }
  }

  /** FName, MI, LName and ", Suffix" of the user's provider; blank without one (or when it does not exist). */
  @Override
  public Map<Long, String> deriveProviderName(List<Userod> rows) {
    List<Long> provNums = rows.stream().map(Userod::providerNum).filter(n -> n != 0).distinct().toList();
    Map<Long, String> byProvider = new HashMap<>();
    if (!provNums.isEmpty()) {
      sql.db().query("SELECT " + sql.q("ProvNum") + ", " + sql.q("FName") + ", " + sql.q("MI") + ", "
              + sql.q("LName") + ", " + sql.q("Suffix") + " FROM " + sql.q("provider") + " WHERE "
              + sql.q("ProvNum") + " IN (" + Sql.marks(provNums) + ")", provNums,
          rs -> Map.entry(rs.getLong(1),
              DisplayName.of(rs.getString(5), rs.getString(2), rs.getString(3), rs.getString(4))))
          .forEach(e -> byProvider.put(e.getKey(), e.getValue()));
    }
    Map<Long, String> names = new HashMap<>();
    for (Userod row : rows) {
      names.put(row.userNum(), byProvider.getOrDefault(row.providerNum(), ""));
    }
    return names;
  }
}
