package dev.odgen.codegen.client;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.Codegen;
import dev.odgen.codegen.CodegenRequest;
import dev.odgen.codegen.emit.GeneratedFile;
import dev.odgen.codegen.testing.CompileCheck;
import dev.odgen.codegen.testing.FakeApi;
import dev.odgen.codegen.testing.FakeTime;
import dev.odgen.codegen.testing.SampleModels;
import dev.odgen.runtime.client.ApiBadRequestException;
import dev.odgen.runtime.client.ApiException;
import dev.odgen.runtime.client.ApiNotFoundException;
import dev.odgen.runtime.client.ApiServerException;
import dev.odgen.runtime.client.ApiUnauthorizedException;
import dev.odgen.runtime.client.Timekeeper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated client of the golden case, run for real: compiled in memory with a usage class
 * ({@link ClinicCalls}) and called against a {@link FakeApi} that records each request and answers with canned
 * JSON. Checks the exact request lines, query strings, auth header and bodies, the parsing of responses, the
 * typed errors, retries, paging and the rate limit (on a fake clock, so nothing sleeps).
 */
class GeneratedClientTest {

  private static final String PATIENT = "{\"PatNum\":48,\"LName\":\"Smith\",\"FName\":\"Ann\",\"Gender\":\"Not Given\","
      + "\"Birthdate\":\"1976-05-24\",\"Premed\":\"true\",\"EstBalance\":12.50,\"priProvAbbr\":\"DOC\"}";

  private static ClassLoader classes;

  private final FakeApi api = new FakeApi();
  private final FakeTime time = new FakeTime();
  private ClinicCalls calls;

  @BeforeAll
  static void compile() throws IOException {
    List<GeneratedFile> files = new ArrayList<>(new Codegen().emit(SampleModels.clinic(), "spec",
        CodegenRequest.builder(Path.of("unused")).spec(Path.of("spec")).only(ArtifactKind.ENTITIES, ArtifactKind.CLIENT).build()));
    try (InputStream usage = GeneratedClientTest.class.getResourceAsStream("/client-usage/ClinicCallsImpl.java")) {
      files.add(new GeneratedFile("com/example/clinic/usage/ClinicCallsImpl.java",
          new String(usage.readAllBytes(), StandardCharsets.UTF_8), "test"));
    }
    Compilation compilation = CompileCheck.compile(files);
    assertThat(compilation).succeededWithoutWarnings();
    classes = CompileCheck.classLoader(compilation);
  }

  @BeforeEach
  void connect() throws ReflectiveOperationException {
    calls = (ClinicCalls) classes.loadClass("com.example.clinic.usage.ClinicCallsImpl")
        .getConstructor(String.class, Timekeeper.class)
        .newInstance(api.baseUrl(), time);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void getSendsTheAuthHeaderAndReadsTheEntity() {
    api.then(200, PATIENT);
    assertEquals(List.of(48L, "Smith", "Not Given", LocalDate.of(1976, 5, 24), true, new BigDecimal("12.50"), "DOC"),
        calls.getPatient(48));
    FakeApi.Received request = api.received().get(0);
    assertEquals("GET /api/v1/patients/48", request.line());
    assertEquals("ODFHIR dev/cust", request.header("Authorization"));
    assertEquals("application/json", request.header("Accept"));
  }

  @Test
  void listFiltersArePercentEncodedInTheWireFormats() {
    api.then(200, "[{\"PatNum\":1},{\"PatNum\":2}]");
    assertEquals(List.of(1L, 2L), calls.listPatientsFiltered());
    assertEquals("GET /api/v1/patients?LName=O%27Brien%20%26%20S%C3%B6hne&PriProv=2"
        + "&DateTStamp=2024-01-02%2003%3A04%3A05&dateStart=1970-01-01&hideInactive=true", api.lines().get(0));
  }

  @Test
  void listAllPagesByOffsetUntilAShortPage() {
    api.otherwise(request -> FakeApi.Reply.of(200, patients(offsetOf(request.target()), 100, 203)));
    assertEquals(LongStream.range(0, 203).boxed().toList(), calls.listAllPatientIds());
    assertEquals(List.of("GET /api/v1/patients", "GET /api/v1/patients?Offset=100", "GET /api/v1/patients?Offset=200"),
        api.lines());
  }

  @Test
  void aFullLastPageCostsOneEmptyPage() {
    api.otherwise(request -> FakeApi.Reply.of(200, patients(offsetOf(request.target()), 100, 200)));
    assertEquals(200, calls.listAllPatientIds().size());
    assertEquals(3, api.lines().size());
  }

  @Test
  void iteratingFetchesOnlyThePagesItReaches() {
    api.otherwise(request -> FakeApi.Reply.of(200, patients(offsetOf(request.target()), 100, 1000)));
    assertEquals(List.of(0L, 1L, 2L), calls.firstPatientIds(3));
    assertEquals(List.of("GET /api/v1/patients?FName=ann"), api.lines());
  }

  @Test
  void aListWithoutFiltersTakesNoQuery() {
    api.then(200, "[{\"ProvNum\":1,\"Abbr\":\"DOC\"},{\"ProvNum\":2}]");
    assertEquals(List.of(1L, 2L), calls.allProviderIds());
    assertEquals(List.of("GET /api/v1/providers"), api.lines());
  }

  @Test
  void requiredAndEnumFiltersAreSent() {
    api.then(200, "[{\"VisitNum\":7,\"VisitStatus\":\"Done\"}]");
    assertEquals(List.of(7L), calls.doneVisitIds(48));
    assertEquals(List.of("GET /api/v1/visits?PatNum=48&VisitStatus=Done"), api.lines());
  }

  @Test
  void createSendsOnlyTheFieldsTheCreateBodyTakesUnderTheirBodyNames() {
    api.then(201, PATIENT, Map.of("Location", "http://clinic/api/v1/patients/48"));
    assertEquals(List.of(48L, "http://clinic/api/v1/patients/48"), calls.createPatient());
    FakeApi.Received request = api.received().get(0);
    assertEquals("POST /api/v1/patients", request.line());
    assertEquals("application/json", request.header("Content-Type"));
    assertEquals("{\"LName\":\"Lee\",\"FName\":\"Ann\",\"Gender\":\"Not Given\",\"Birthdate\":\"1980-02-29\","
        + "\"Premed\":\"true\",\"priProv\":3}", request.body(), "Note is not a create field");
  }

  @Test
  void updateSendsOnlyThePresentFields() {
    api.then(200, "{\"PatNum\":48,\"FName\":\"Anne\"}");
    assertEquals("Anne", calls.renamePatient(48));
    FakeApi.Received request = api.received().get(0);
    assertEquals("PUT /api/v1/patients/48", request.line());
    assertEquals("{\"FName\":\"Anne\",\"Birthdate\":\"0001-01-01\"}", request.body(), "a cleared date is sent blank");
  }

  @Test
  void deleteSendsNoBody() {
    api.then(200, "");
    calls.deleteVisit(7);
    assertEquals("DELETE /api/v1/visits/7", api.received().get(0).line());
    assertEquals("", api.received().get(0).body());
  }

  @Test
  void actionsSendPathQueryAndBodyInputs() {
    api.then(200, "").then(201, "{\"VisitNum\":8,\"DateVisit\":\"2024-06-01\"}").then(201, "");
    calls.cancelVisit(7);
    assertEquals(List.of(8L, LocalDate.of(2024, 6, 1)), calls.rescheduleVisit(7));
    calls.mergeVisits(List.of(3L, 4L));
    List<FakeApi.Received> received = api.received();
    assertEquals(List.of("PUT /api/v1/visits/7/Cancel", "POST /api/v1/visits/7/Reschedule", "POST /api/v1/visits/Merge"),
        api.lines());
    assertEquals("{\"reason\":\"NoShow\"}", received.get(0).body(), "an optional input left out is not sent");
    assertEquals("{\"DateVisit\":\"2024-06-01\",\"ProvNum\":\"2\",\"keepNote\":\"true\"}", received.get(1).body(),
        "ProvNum travels as the field does: wireAs string");
    assertEquals("{\"VisitNums\":[3,4]}", received.get(2).body());
  }

  @Test
  void pagedActionsPageToo() {
    api.then(200, visits(0, 100)).then(200, visits(100, 1));
    assertEquals(101, calls.visitHistory(48).size());
    assertEquals(List.of("GET /api/v1/visits/History?PatNum=48&dateStart=2024-01-01",
        "GET /api/v1/visits/History?PatNum=48&dateStart=2024-01-01&Offset=100"), api.lines());
  }

  @Test
  void rowsModelsAndListsOfModelsAreParsed() {
    api.then(200, "[{\"VisitNum\":1,\"Note\":\"a\"}]")
        .then(200, "{\"Count\":\"3\"}")
        .then(200, "[{\"DateTimeStart\":\"2024-05-01 09:30:00\",\"OpNum\":4,\"Tags\":[\"new\",\"long\"]}]");
    assertEquals(List.of("{\"VisitNum\":1,\"Note\":\"a\"}"), calls.shortQuery("SELECT 1"));
    assertEquals(3, calls.countVisits(null));
    assertEquals(List.of(4L, List.of("new", "long"), LocalDateTime.of(2024, 5, 1, 9, 30)), calls.firstSlot(48));
    List<FakeApi.Received> received = api.received();
    assertEquals("PUT /api/v1/visits/ShortQuery", received.get(0).line());
    assertEquals("{\"SqlCommand\":\"SELECT 1\"}", received.get(0).body());
    assertEquals("GET /api/v1/visits/Count", received.get(1).line(), "a null input is left out");
    assertEquals("GET /api/v1/patients/48/Slots?date=2024-05-01", received.get(2).line());
  }

  @Test
  void errorStatusesBecomeTypedExceptionsWithTheExplanation() {
    api.then(400, "LName: must not be blank").then(401, "Authorization header is malformed").then(404, "Patient not found");
    ApiBadRequestException badRequest = assertThrows(ApiBadRequestException.class, calls::createPatient);
    assertEquals(400, badRequest.status());
    assertEquals("LName: must not be blank", badRequest.explanation());
    ApiUnauthorizedException unauthorized = assertThrows(ApiUnauthorizedException.class, () -> calls.getPatient(1));
    assertEquals("Authorization header is malformed", unauthorized.explanation());
    ApiNotFoundException notFound = assertThrows(ApiNotFoundException.class, () -> calls.getPatient(99));
    assertEquals(404, notFound.status());
    assertEquals("Patient not found", notFound.explanation());
    assertEquals("GET", notFound.method());
    assertTrue(notFound.uri().toString().endsWith("/api/v1/patients/99"), notFound.uri().toString());
  }

  @Test
  void aGetIsRetriedAfterA503() {
    api.then(503, "busy").then(200, PATIENT);
    assertEquals(48L, calls.getPatient(48).get(0));
    assertEquals(2, api.lines().size());
    assertEquals(1, time.sleeps().size(), "one backoff");
  }

  @Test
  void aPostIsNeverRetried() {
    api.then(503, "busy").then(201, "{\"VisitNum\":9}");
    ApiServerException e = assertThrows(ApiServerException.class, calls::createVisit);
    assertEquals(503, e.status());
    assertEquals(List.of("POST /api/v1/visits"), api.lines());
  }

  @Test
  void theStandardThrottleSpacesCallsASecondApart() {
    api.otherwise(request -> FakeApi.Reply.of(200, "{\"ProvNum\":1}"));
    calls.throttledGets(3);
    assertEquals(3, api.lines().size());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), time.sleeps());
  }

  @Test
  void thePresetsAndMissingSettingsOfTheBuilder() {
    // nothing should listen on the local preset's port here; whatever happens, the call went there
    ApiException local = assertThrows(ApiException.class, calls::getPatientFromLocalPreset);
    assertEquals("http://localhost:30222/api/v1/patients/1", local.uri().toString());
    assertEquals("customerKey is not set: call customerKey(String)",
        assertThrows(IllegalStateException.class, calls::buildWithoutCustomerKey).getMessage());
    assertEquals("no base URL: call baseUrl(String) or local()",
        assertThrows(IllegalStateException.class, calls::buildWithoutBaseUrl).getMessage());
  }

  /** {@code count} patients from {@code offset} of {@code total}, ids equal to their index. */
  private static String patients(long offset, int count, long total) {
    return LongStream.range(offset, Math.min(offset + count, total))
        .mapToObj(id -> "{\"PatNum\":" + id + "}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  private static String visits(long first, int count) {
    return LongStream.range(first, first + count)
        .mapToObj(id -> "{\"VisitNum\":" + id + "}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  private static long offsetOf(String target) {
    int at = target.indexOf("Offset=");
    return at < 0 ? 0 : Long.parseLong(target.substring(at + "Offset=".length()).split("&")[0]);
  }
}
