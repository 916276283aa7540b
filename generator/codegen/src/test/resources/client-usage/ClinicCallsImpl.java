package com.example.clinic.usage;

import com.example.clinic.client.ClinicBookClient;
import com.example.clinic.client.PatientsQuery;
import com.example.clinic.client.VisitsHistoryRequest;
import com.example.clinic.client.VisitsQuery;
import com.example.clinic.client.VisitsRescheduleRequest;
import com.example.clinic.entity.Patient;
import com.example.clinic.entity.PatientGender;
import com.example.clinic.entity.PatientPatch;
import com.example.clinic.entity.Provider;
import com.example.clinic.entity.Slot;
import com.example.clinic.entity.Visit;
import com.example.clinic.entity.VisitPatch;
import com.example.clinic.entity.VisitStatus;
import dev.odgen.codegen.client.ClinicCalls;
import dev.odgen.runtime.client.Created;
import dev.odgen.runtime.client.RetryPolicy;
import dev.odgen.runtime.client.Timekeeper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The generated Clinic Book client in use, as an application would write it (compiled by GeneratedClientTest). */
public final class ClinicCallsImpl implements ClinicCalls {

  private final String baseUrl;
  private final Timekeeper time;
  private final ClinicBookClient client;

  public ClinicCallsImpl(String baseUrl, Timekeeper time) {
    this.baseUrl = baseUrl;
    this.time = time;
    this.client = ClinicBookClient.builder()
        .baseUrl(baseUrl)
        .developerKey("dev")
        .customerKey("cust")
        .timekeeper(time)
        .build();
  }

  @Override
  public List<Object> getPatient(long patNum) {
    Patient patient = client.patients().get(patNum);
    return List.of(patient.patNum(), patient.lName(), patient.gender().wireName(), patient.birthdate(),
        patient.premed(), patient.estBalance(), patient.priProvAbbr());
  }

  @Override
  public List<Long> listPatientsFiltered() {
    PatientsQuery query = PatientsQuery.of()
        .lName("O'Brien & Söhne")
        .priProv(2)
        .dateTStamp(LocalDateTime.of(2024, 1, 2, 3, 4, 5))
        .dateStart(LocalDate.of(1970, 1, 1))
        .hideInactive(true);
    return client.patients().list(query).stream().map(Patient::patNum).toList();
  }

  @Override
  public List<Long> listAllPatientIds() {
    return client.patients().listAll().map(Patient::patNum).toList();
  }

  @Override
  public List<Long> firstPatientIds(int count) {
    Iterator<Patient> patients = client.patients().iterateAll(PatientsQuery.of().fName("ann"));
    List<Long> ids = new ArrayList<>();
    while (ids.size() < count && patients.hasNext()) {
      ids.add(patients.next().patNum());
    }
    return ids;
  }

  @Override
  public List<Long> allProviderIds() {
    return client.providers().listAll().map(Provider::provNum).toList();
  }

  @Override
  public List<Long> doneVisitIds(long patNum) {
    return client.visits().listAll(VisitsQuery.of(patNum).visitStatus(VisitStatus.DONE))
        .map(Visit::visitNum)
        .toList();
  }

  @Override
  public List<Object> createPatient() {
    PatientPatch patch = PatientPatch.builder()
        .lName("Lee")
        .fName("Ann")
        .gender(PatientGender.NOT_GIVEN)
        .birthdate(LocalDate.of(1980, 2, 29))
        .premed(true)
        .priProv(3)
        .note("not taken by create")
        .build();
    Created<Patient> created = client.patients().createWithLocation(patch);
    return List.of(created.value().patNum(), created.location().orElse("none"));
  }

  @Override
  public long createVisit() {
    VisitPatch patch = VisitPatch.builder().patNum(48).dateVisit(LocalDate.of(2024, 6, 1)).fee(new BigDecimal("80"))
        .build();
    return client.visits().create(patch).visitNum();
  }

  @Override
  public String renamePatient(long patNum) {
    PatientPatch patch = PatientPatch.builder().fName("Anne").birthdate(null).build();
    return client.patients().update(patNum, patch).fName();
  }

  @Override
  public void deleteVisit(long visitNum) {
    client.visits().delete(visitNum);
  }

  @Override
  public void cancelVisit(long visitNum) {
    client.visits().cancel(visitNum, "NoShow", null);
  }

  @Override
  public List<Object> rescheduleVisit(long visitNum) {
    Visit visit = client.visits().reschedule(visitNum,
        VisitsRescheduleRequest.of(LocalDate.of(2024, 6, 1)).provNum(2).keepNote(true));
    return List.of(visit.visitNum(), visit.dateVisit());
  }

  @Override
  public List<Long> visitHistory(long patNum) {
    return client.visits().historyAll(VisitsHistoryRequest.of(patNum).dateStart(LocalDate.of(2024, 1, 1)))
        .map(Visit::visitNum)
        .toList();
  }

  @Override
  public void mergeVisits(List<Long> visitNums) {
    client.visits().merge(visitNums);
  }

  @Override
  public List<String> shortQuery(String sql) {
    return client.visits().queryAll(sql).map(Object::toString).toList();
  }

  @Override
  @SuppressWarnings("deprecation") // count is deprecated by the API; calling it is what this checks
  public int countVisits(Long patNum) {
    return client.visits().count(patNum).count();
  }

  @Override
  public List<Object> firstSlot(long patNum) {
    Slot slot = client.patients().slots(patNum, LocalDate.of(2024, 5, 1)).get(0);
    return List.of(slot.opNum(), slot.tags(), slot.dateTimeStart());
  }

  @Override
  public void getPatientFromLocalPreset() {
    ClinicBookClient local = ClinicBookClient.builder()
        .local()
        .developerKey("dev")
        .customerKey("cust")
        .retry(RetryPolicy.none())
        .build();
    local.patients().get(1);
  }

  @Override
  public void buildWithoutCustomerKey() {
    ClinicBookClient.builder().baseUrl(baseUrl).developerKey("dev").build();
  }

  @Override
  public void buildWithoutBaseUrl() {
    ClinicBookClient.builder().developerKey("dev").customerKey("cust").build();
  }

  @Override
  public void throttledGets(int count) {
    ClinicBookClient throttled = ClinicBookClient.builder()
        .baseUrl(baseUrl)
        .developerKey("dev")
        .customerKey("cust")
        .timekeeper(time)
        .rateLimit(ClinicBookClient.Throttle.STANDARD)
        .build();
    for (int i = 0; i < count; i++) {
      throttled.providers().get(i + 1);
    }
  }
}
