package dev.odgen.samples.app.actions;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.samples.opendental.dao.FeeFilter;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.Appointment;
import dev.odgen.samples.opendental.entity.Fee;
import dev.odgen.samples.opendental.entity.ProcStat;
import dev.odgen.samples.opendental.entity.ProcedureLogPatch;
import dev.odgen.samples.opendental.entity.Provider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The procedure a broken appointment may add: D9986 for a missed appointment, D9987 for one cancelled at short
 * notice. It is completed on the day of the break, by the appointment's provider, at the fee of the patient's (or
 * else the provider's) fee schedule.
 */
final class BrokenAppointmentCharge {
  private static final Map<String, String> CODE_OF_BREAK_TYPE = Map.of("Missed", "D9986", "Cancelled", "D9987");

  private final OpenDentalDaos daos;

  BrokenAppointmentCharge(OpenDentalDaos daos) {
    this.daos = daos;
  }

  /**
   * Checks that the code of {@code breakType} exists, before anything is written.
   *
   * @throws BadRequestException when the office does not have the code
   */
  long codeNumOf(String breakType) {
    String code = CODE_OF_BREAK_TYPE.get(breakType);
    Db db = daos.db();
    return db.queryOne("SELECT " + db.dialect().quote("CodeNum") + " FROM " + db.dialect().quote("procedurecode")
                + " WHERE " + db.dialect().quote("ProcCode") + " = ?", List.of(code), rs -> rs.getLong(1))
        .orElseThrow(() -> new BadRequestException("breakType: " + breakType + " needs procedure code " + code
            + ", which this office does not have"));
  }

  /** Adds the completed procedure {@code codeNum} for {@code appointment}, dated {@code day}. */
  void add(Appointment appointment, long codeNum, LocalDate day) {
    daos.procedureLogs().insert(ProcedureLogPatch.builder()
        .patNum(appointment.patNum())
        .procDate(day)
        .procStatus(ProcStat.C)
        .provNum(appointment.provNum())
        .clinicNum(appointment.clinicNum())
        .codeNum(codeNum)
        .procFee(fee(appointment, codeNum))
        .build());
  }

  private BigDecimal fee(Appointment appointment, long codeNum) {
    long patientSchedule = daos.patients().findById(appointment.patNum()).map(p -> p.feeSched()).orElse(0L);
    long providerSchedule = daos.providers().findById(appointment.provNum()).map(Provider::feeSched).orElse(0L);
    return feeIn(patientSchedule, codeNum)
        .or(() -> feeIn(providerSchedule, codeNum))
        .orElse(BigDecimal.ZERO);
  }

  private Optional<BigDecimal> feeIn(long feeSched, long codeNum) {
    if (feeSched == 0) {
      return Optional.empty();
    }
    return daos.fees().list(new FeeFilter(feeSched, codeNum, null, null), 0, 1).stream()
        .map(Fee::amount)
        .findFirst();
  }
}
