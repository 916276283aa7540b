package dev.odgen.samples.app.actions;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.PerioExam;
import dev.odgen.samples.opendental.entity.PerioMeasure;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.server.PerioExamActions;

/**
 * {@code POST /perioexams}: a new perio exam with the measures of the four chart rows given ({@link PerioChart}),
 * in one transaction. ExamDate defaults to today, ProvNum to the patient's primary provider.
 */
public final class PerioExamWriter implements PerioExamActions {
  private final OpenDentalDaos daos;

  public PerioExamWriter(OpenDentalDaos daos) {
    this.daos = daos;
  }

  @Override
  public PerioExam createWithMeasures(CreateWithMeasuresInput input, ApiRequest request) {
    Patient patient = daos.patients().findById(input.patNum())
        .orElseThrow(() -> new NotFoundException("Patient not found (PatNum " + input.patNum() + ")"));
    long provNum = input.provNum() != null && input.provNum() != 0 ? input.provNum() : patient.priProv();
    if (!daos.providers().exists(provNum)) {
      throw new NotFoundException("Provider not found (ProvNum " + provNum + ")");
    }
    int[][] upperFacial = PerioChart.parse("UpperFacial", input.upperFacial());
    int[][] upperLingual = PerioChart.parse("UpperLingual", input.upperLingual());
    int[][] lowerLingual = PerioChart.parse("LowerLingual", input.lowerLingual());
    int[][] lowerFacial = PerioChart.parse("LowerFacial", input.lowerFacial());
    long id = daos.db().inTransaction(tx -> {
      OpenDentalDaos inTx = daos.over(tx);
      long examNum = inTx.perioExams().insert(new PerioExam(0, input.patNum(),
          input.examDate() != null ? input.examDate() : request.serverTime().toLocalDate(), provNum,
          request.serverTime(), input.note() == null ? "" : input.note()));
      for (PerioMeasure m : PerioChart.measures(examNum, 1, upperFacial, upperLingual)) {
        inTx.perioMeasures().insert(m);
      }
      for (PerioMeasure m : PerioChart.measures(examNum, 17, lowerFacial, lowerLingual)) {
        inTx.perioMeasures().insert(m);
      }
      return examNum;
    });
    return daos.perioExams().findById(id).orElseThrow(() -> new NotFoundException("PerioExam not found"));
  }
}
