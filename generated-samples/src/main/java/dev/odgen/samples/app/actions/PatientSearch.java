package dev.odgen.samples.app.actions;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.jdbc.Where;
import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.PatientDao;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.entity.PatientStatus;
import dev.odgen.samples.opendental.server.PatientActions;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /patients/Simple}: patients by name parts, birthdate, status, provider, family and the other simple
 * filters, with {@code DateTStamp} as a changed-since filter for synchronising. Deleted patients are never listed.
 */
public final class PatientSearch implements PatientActions {
  private final Db db;
  private final PatientDao patients;

  public PatientSearch(OpenDentalDaos daos) {
    this.db = daos.db();
    this.patients = daos.patients();
  }

  @Override
  public List<Patient> simple(SimpleInput input, ApiRequest request) {
    Where where = new Where(db.dialect())
        .contains("LName", input.lName())
        .contains("FName", input.fName())
        .equalTo("Birthdate", input.birthdate())
        .equalTo("ClinicNum", input.clinicNum())
        .equalTo("PatStatus", input.patStatus())
        .changedSince("DateTStamp", input.dateTStamp())
        .equalTo("PriProv", input.priProv())
        .equalTo("Gender", input.gender())
        .equalTo("Position", input.position())
        .equalTo("Guarantor", input.guarantor())
        .equalTo("SuperFamily", input.superFamily())
        .equalTo("EmployerNum", input.employerNum())
        .equalTo("FeeSched", input.feeSched())
        .raw(db.dialect().quote("PatStatus") + " <> ?", PatientStatus.DELETED);
    List<Long> ids = db.query("SELECT " + db.dialect().quote("PatNum") + " FROM " + db.dialect().quote("patient")
            + where.sql() + " ORDER BY " + db.dialect().quote("PatNum") + db.dialect().limitOffset(),
        where.paramsWith(input.page().limit(), input.page().offset()), rs -> rs.getLong(1));
    // the DAO reads whole rows with their derived fields; a page is at most 100 ids
    return ids.stream().map(patients::findById).flatMap(Optional::stream).toList();
  }
}
