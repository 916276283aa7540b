package dev.odgen.samples.app.hooks;

import dev.odgen.runtime.jdbc.Where;
import dev.odgen.samples.opendental.dao.ReferralHooks;
import dev.odgen.samples.opendental.entity.Referral;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Referrals that are patients: those with a PatNum, for the isPatient filter and the isPatient field. */
final class AppReferralHooks implements ReferralHooks {
  private final Sql sql;

  AppReferralHooks(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void filterIsPatient(boolean value, Where where) {
    where.raw(sql.q("PatNum") + (value ? " <> 0" : " = 0"));
  }

  @Override
  public Map<Long, Boolean> deriveIsPatient(List<Referral> rows) {
    Map<Long, Boolean> isPatient = new HashMap<>();
    for (Referral row : rows) {
      isPatient.put(row.referralNum(), row.patNum() != 0);
    }
    return isPatient;
  }
}
