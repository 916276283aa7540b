package dev.odgen.codegen.client;

import java.util.List;

/**
 * The calls {@link GeneratedClientTest} makes with the generated Clinic Book client. The implementation,
 * {@code src/test/resources/client-usage/ClinicCallsImpl.java}, is compiled together with the generated code,
 * so it is also the proof that the client reads well in use; it answers with plain values the test can check.
 */
public interface ClinicCalls {

  /** {@code get}: patNum, lName, gender's wire name, birthdate, premed, estBalance, priProvAbbr. */
  List<Object> getPatient(long patNum);

  /** {@code list(query)}, one page, with a filter of every kind: the patNums. */
  List<Long> listPatientsFiltered();

  /** {@code listAll()}: every patNum. */
  List<Long> listAllPatientIds();

  /** {@code iterateAll(query)}, stopping after {@code count} items. */
  List<Long> firstPatientIds(int count);

  /** {@code listAll()} of a list without filters. */
  List<Long> allProviderIds();

  /** {@code listAll(query)} with a required filter and an enum filter: the visitNums. */
  List<Long> doneVisitIds(long patNum);

  /** {@code createWithLocation}: the created patNum and the Location header. */
  List<Object> createPatient();

  /** {@code create} of a visit (a POST, which is never retried): its visitNum. */
  long createVisit();

  /** {@code update}, a partial update: the fName of the returned patient. */
  String renamePatient(long patNum);

  /** {@code delete}. */
  void deleteVisit(long visitNum);

  /** An action with few inputs, taken as parameters, one left out. */
  void cancelVisit(long visitNum);

  /** An action with a request record: the returned visit's visitNum and date. */
  List<Object> rescheduleVisit(long visitNum);

  /** A paged action with a list response, all pages: the visitNums. */
  List<Long> visitHistory(long patNum);

  /** An action with a list body and no response. */
  void mergeVisits(List<Long> visitNums);

  /** A paged action answering with rows: each row as JSON text. */
  List<String> shortQuery(String sql);

  /** A deprecated action answering with a model: its count. */
  int countVisits(Long patNum);

  /** An action answering with a list of models: opNum and tags of the first slot. */
  List<Object> firstSlot(long patNum);

  /** {@code get} on a client whose base URL is the preset {@code local()}, without retries. */
  void getPatientFromLocalPreset();

  /** Builds a client without a customer key. */
  void buildWithoutCustomerKey();

  /** Builds a client without a base URL. */
  void buildWithoutBaseUrl();

  /** {@code count} gets on a client limited to the {@code standard} preset. */
  void throttledGets(int count);
}
