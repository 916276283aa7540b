package dev.odgen.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.client.ApiBadRequestException;
import dev.odgen.runtime.client.ApiNotFoundException;
import dev.odgen.runtime.client.ApiUnauthorizedException;
import dev.odgen.runtime.client.Created;
import dev.odgen.runtime.client.RetryPolicy;
import dev.odgen.samples.opendental.client.AppointmentsQuery;
import dev.odgen.samples.opendental.client.OpenDentalClient;
import dev.odgen.samples.opendental.client.PatientsQuery;
import dev.odgen.samples.opendental.client.PaymentsQuery;
import dev.odgen.samples.opendental.client.ProcedureLogsQuery;
import dev.odgen.samples.opendental.client.ProvidersQuery;
import dev.odgen.samples.opendental.entity.Appointment;
import dev.odgen.samples.opendental.entity.AppointmentPatch;
import dev.odgen.samples.opendental.entity.ApptStatus;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.entity.PatientGender;
import dev.odgen.samples.opendental.entity.PatientPatch;
import dev.odgen.samples.opendental.entity.PatientStatus;
import dev.odgen.samples.opendental.entity.Payment;
import dev.odgen.samples.opendental.entity.PaymentPatch;
import dev.odgen.samples.opendental.entity.ProcStat;
import dev.odgen.samples.opendental.entity.ProcedureCode;
import dev.odgen.samples.opendental.entity.ProcedureCodePatch;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import dev.odgen.samples.opendental.entity.ProcedureLogPatch;
import dev.odgen.samples.opendental.entity.Provider;
import dev.odgen.samples.opendental.entity.ProviderPatch;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated typed client ({@link OpenDentalClient}) against the generated server, the way an integrating
 * application uses them: Patients, Appointments, Providers, ProcedureLogs and Payments created, read, listed with
 * filters and across pages, partly updated and deleted through typed calls, and errors raised as typed exceptions.
 */
@EndToEnd
class TypedClientTest {
  private static LiveServer server;
  private static RowFactory rows;
  private static OpenDentalClient client;

  @BeforeAll
  static void start() {
    server = LiveServer.start();
    rows = new RowFactory(server);
    client = clientWith(LiveServer.DEVELOPER_KEY, LiveServer.CUSTOMER_KEY);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static OpenDentalClient clientWith(String developerKey, String customerKey) {
    return OpenDentalClient.builder()
        .baseUrl(server.baseUrl())
        .developerKey(developerKey)
        .customerKey(customerKey)
        .retry(RetryPolicy.none())
        .build();
  }

  @Test
  void providersAreCreatedReadListedAndUpdated() {
    Provider created = client.providers().create(ProviderPatch.builder()
        .abbr("DRJ").lName("Jones").fName("Ann").birthdate(LocalDate.of(1970, 2, 3)).isSecondary(true).build());
    assertTrue(created.provNum() > 0);
    assertEquals("DRJ", created.abbr());
    assertEquals(LocalDate.of(1970, 2, 3), created.birthdate());
    assertTrue(created.isSecondary());
    assertEquals(created.provNum(), client.providers().get(created.provNum()).provNum());

    Provider changed = client.providers().update(created.provNum(), ProviderPatch.builder().fName("Anne").build());
    assertEquals("Anne", changed.fName());
    assertEquals("Jones", changed.lName(), "a field the patch leaves out keeps its value");
    assertTrue(changed.isSecondary(), "a field the patch leaves out keeps its value");

    List<Provider> since = client.providers().list(ProvidersQuery.of().dateTStamp(created.dateTStamp()));
    assertTrue(since.stream().anyMatch(p -> p.provNum() == created.provNum()), "changed-since filter");
    List<Provider> future = client.providers().list(ProvidersQuery.of().dateTStamp(created.dateTStamp().plusDays(1)));
    assertTrue(future.stream().noneMatch(p -> p.provNum() == created.provNum()), "changed-since filter, later");
  }

  @Test
  void patientsRoundTripWithTypedValues() {
    Provider doctor = client.providers().create(ProviderPatch.builder().abbr("DOC").lName("Smith").build());
    Created<Patient> created = client.patients().createWithLocation(PatientPatch.builder()
        .lName("Typed").fName("Tess").birthdate(LocalDate.of(1985, 6, 7)).gender(PatientGender.FEMALE)
        .patStatus(PatientStatus.PATIENT).priProv(doctor.provNum()).city("Portland").build());
    Patient patient = created.value();
    assertTrue(created.location().orElseThrow().endsWith("/patients/" + patient.patNum()));
    assertEquals(LocalDate.of(1985, 6, 7), patient.birthdate());
    assertEquals(PatientGender.FEMALE, patient.gender());
    assertEquals("DOC", patient.priProvAbbr(), "derived from the provider");

    Patient fetched = client.patients().get(patient.patNum());
    assertEquals(patient.lName(), fetched.lName());
    assertEquals(patient.priProv(), fetched.priProv());

    Patient moved = client.patients().update(patient.patNum(), PatientPatch.builder().city("Salem").build());
    assertEquals("Salem", moved.city());
    assertEquals(LocalDate.of(1985, 6, 7), moved.birthdate(), "left out of the patch, kept");
    assertEquals(PatientGender.FEMALE, moved.gender(), "left out of the patch, kept");

    List<Patient> found = client.patients().list(PatientsQuery.of().lName("typ").birthdate(LocalDate.of(1985, 6, 7)));
    assertEquals(List.of(patient.patNum()), found.stream().map(Patient::patNum).toList());
    assertEquals(List.of(), client.patients().list(PatientsQuery.of().lName("Typed").birthdate(LocalDate.of(1985, 6, 8))));
  }

  @Test
  void listAllPagesThroughEveryRow() {
    String family = "Pager";
    for (int i = 0; i < 130; i++) {
      client.patients().create(PatientPatch.builder().lName(family).fName("P" + i).build());
    }
    List<Long> ids = client.patients().listAll(PatientsQuery.of().lName(family)).map(Patient::patNum).toList();
    assertEquals(130, ids.size(), "two pages, 100 and 30");
    assertEquals(ids.stream().sorted().distinct().toList(), ids, "in id order, each once");
    assertEquals(30, client.patients().list(PatientsQuery.of().lName(family), 100).size(), "the second page");
  }

  @Test
  void appointmentsAreBookedFilteredAndRescheduled() {
    Patient patient = client.patients().create(PatientPatch.builder().lName("Booked").fName("Bo").build());
    long operatory = rows.create(TheSpec.resource("Operatories")).id();
    LocalDateTime at = LocalDateTime.of(2024, 3, 5, 9, 30);
    Appointment booked = client.appointments().create(AppointmentPatch.builder()
        .patNum(patient.patNum()).op(operatory).aptDateTime(at).aptStatus(ApptStatus.SCHEDULED).pattern("//XX//").build());
    assertEquals(at, booked.aptDateTime());
    assertEquals(ApptStatus.SCHEDULED, booked.aptStatus());

    assertEquals(List.of(booked.aptNum()), aptNums(AppointmentsQuery.of().patNum(patient.patNum()).date(at.toLocalDate())));
    assertEquals(List.of(), aptNums(AppointmentsQuery.of().patNum(patient.patNum()).date(at.toLocalDate().plusDays(1))));
    assertEquals(List.of(booked.aptNum()), aptNums(AppointmentsQuery.of().patNum(patient.patNum())
        .dateStart(at.toLocalDate()).dateEnd(at.toLocalDate())));
    assertEquals(List.of(booked.aptNum()), aptNums(AppointmentsQuery.of().patNum(patient.patNum()).aptStatus(ApptStatus.SCHEDULED)));

    Appointment moved = client.appointments().update(booked.aptNum(),
        AppointmentPatch.builder().aptDateTime(at.plusDays(7)).build());
    assertEquals(at.plusDays(7), moved.aptDateTime());
    assertEquals("//XX//", moved.pattern(), "left out of the patch, kept");
    assertEquals(moved.aptDateTime(), client.appointments().get(booked.aptNum()).aptDateTime());
  }

  @Test
  void procedureLogsAreChartedCompletedAndDeleted() {
    Patient patient = client.patients().create(PatientPatch.builder().lName("Charted").fName("Cy").build());
    ProcedureCode code = client.procedureCodes().create(ProcedureCodePatch.builder()
        .procCode("D0120").descript("periodic oral evaluation").abbrDesc("PerEx").build());
    ProcedureLog planned = client.procedureLogs().create(ProcedureLogPatch.builder()
        .patNum(patient.patNum()).procDate(LocalDate.of(2024, 4, 1)).procStatus(ProcStat.TP)
        .codeNum(code.codeNum()).procFee(new BigDecimal("55.5")).build());
    assertEquals(0, new BigDecimal("55.50").compareTo(planned.procFee()));
    assertEquals("D0120", planned.procCode(), "derived from the procedure code");

    ProcedureLog done = client.procedureLogs().update(planned.procNum(),
        ProcedureLogPatch.builder().procStatus(ProcStat.C).build());
    assertEquals(ProcStat.C, done.procStatus());
    assertEquals(LocalDate.of(2024, 4, 1), done.procDate(), "left out of the patch, kept");

    assertEquals(List.of(planned.procNum()), client.procedureLogs()
        .list(ProcedureLogsQuery.of().patNum(patient.patNum()).procStatus(ProcStat.C)).stream()
        .map(ProcedureLog::procNum).toList());
    assertEquals(List.of(), client.procedureLogs().list(ProcedureLogsQuery.of().patNum(patient.patNum()).procStatus(ProcStat.TP)));

    client.procedureLogs().delete(planned.procNum());
    ApiNotFoundException gone = assertThrows(ApiNotFoundException.class, () -> client.procedureLogs().get(planned.procNum()));
    assertTrue(gone.explanation().contains(Long.toString(planned.procNum())), gone.explanation());
  }

  @Test
  void paymentsAreListedAndUpdated() {
    // Payments has no plain POST in the API (only actions the sample application leaves out): made in the table
    Row made = rows.create(TheSpec.resource("Payments"));
    long patNum = made.value("PatNum").asLong();
    List<Payment> listed = client.payments().list(PaymentsQuery.of().patNum(patNum));
    Payment payment = listed.stream().filter(p -> p.payNum() == made.id()).findFirst().orElseThrow();
    assertEquals(0, new BigDecimal(made.value("PayAmt").asText()).compareTo(payment.payAmt()));

    Payment noted = client.payments().update(payment.payNum(), PaymentPatch.builder().payNote("thank you").build());
    assertEquals("thank you", noted.payNote());
    assertEquals(payment.payDate(), noted.payDate(), "left out of the patch, kept");
    assertEquals(payment.checkNum(), noted.checkNum(), "left out of the patch, kept");

    // the refund action (#15) answers a negative payment of the same amount
    Payment refund = client.payments().refund(payment.payNum());
    assertEquals(0, payment.payAmt().negate().compareTo(refund.payAmt()), refund.payAmt().toPlainString());
  }

  @Test
  void errorsArriveAsTypedExceptionsWithTheServersExplanation() {
    ApiNotFoundException missing = assertThrows(ApiNotFoundException.class, () -> client.patients().get(987_654));
    assertTrue(missing.explanation().contains("987654"), missing.explanation());

    ApiBadRequestException refused = assertThrows(ApiBadRequestException.class,
        () -> client.patients().create(PatientPatch.builder().lName("NoFirstName").build()));
    assertTrue(refused.explanation().contains("FName"), refused.explanation());

    ApiBadRequestException dangling = assertThrows(ApiBadRequestException.class,
        () -> client.patients().create(PatientPatch.builder().lName("A").fName("B").priProv(987_654).build()));
    assertTrue(dangling.explanation().contains("PriProv"), dangling.explanation());

    OpenDentalClient stranger = clientWith("someone", "else");
    ApiUnauthorizedException denied = assertThrows(ApiUnauthorizedException.class, () -> stranger.patients().list());
    assertEquals(401, denied.status());
  }

  private static List<Long> aptNums(AppointmentsQuery query) {
    return client.appointments().list(query).stream().map(Appointment::aptNum).collect(Collectors.toList());
  }
}
