package dev.odgen.codegen.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.odgen.runtime.jdbc.Database;
import dev.odgen.runtime.jdbc.Where;
import dev.odgen.runtime.server.KeyStore;
import dev.odgen.runtime.wire.Json;
import dev.odgen.runtime.wire.WireReader;
import dev.odgen.runtime.wire.WireSettings;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The generated server of the golden case, run for real: compiled in memory, started on an ephemeral port over
 * the database a subclass gives, and called over HTTP as a client of the API would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GeneratedServerBehaviour {

  private static final String PKG = "com.example.clinic.";
  private static final String KEY = "ODFHIR dev/cust";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private ClassLoader classes;
  private DataSource database;
  private Object server;
  private String baseUrl;
  private long doc;
  private long hyg;

  /** An empty database for the server; closed by {@link #closeDatabase}. */
  abstract DataSource openDatabase();

  abstract void closeDatabase();

  @BeforeAll
  void start() throws Exception {
    classes = GoldenClasses.get();
    database = openDatabase();
    AtomicReference<Object> self = new AtomicReference<>();
    // the application's DAOs, with its hooks, shared with the server
    Object daos = callStatic(type("dao.ClinicBookDaos"), "builder", Database.over(database).db());
    call(daos, "clock", CLOCK);
    call(daos, "appointmentHooks", proxy("dao.AppointmentHooks", appointmentHooks()));
    Object builder = callStatic(type("server.ClinicBookServer"), "builder");
    call(builder, "daos", call(daos, "build"));
    call(builder, "keys", KeyStore.of(List.of(List.of("dev", "cust"))));
    call(builder, "host", "127.0.0.1");
    call(builder, "port", 0);
    call(builder, "clock", CLOCK);
    call(builder, "appointmentActions", proxy("server.AppointmentActions", appointmentActions(self)));
    call(builder, "reportActions", proxy("server.ReportActions", reportActions()));
    server = call(call(builder, "build"), "start");
    self.set(server);
    baseUrl = (String) call(server, "baseUrl");
    doc = insertProvider("{\"Abbr\":\"DOC\",\"LName\":\"Jones\"}");
    hyg = insertProvider("{\"Abbr\":\"HYG\",\"LName\":\"Ng\"}");
  }

  @AfterAll
  void stop() throws Exception {
    if (server != null) {
      call(server, "stop");
      server = null;
    }
    closeDatabase();
  }

  @Test
  void createAnswers201WithLocationAndTheStoredRowWithDefaultsAndDerivedFields() throws Exception {
    HttpResponse<String> created = send("POST", "/patients",
        "{\"LName\":\"Created\",\"FName\":\"Ann\",\"priProv\":" + doc + ",\"Birthdate\":\"1976-05-24\"}");
    assertEquals(201, created.statusCode(), created.body());
    JsonNode body = JSON.readTree(created.body());
    long id = body.get("PatNum").asLong();
    assertEquals(baseUrl + "/patients/" + id, created.headers().firstValue("Location").orElseThrow());
    assertEquals("Created", body.get("LName").asText());
    assertEquals("Male", body.get("Gender").asText(), "the spec's default");
    assertEquals("Patient", body.get("PatStatus").asText());
    assertEquals("true", body.get("Premed").asText(), "booleans travel as strings");
    assertEquals("0001-01-01 00:00:00", body.get("DateTimeDeceased").asText(), "no date");
    assertEquals("2024-05-06 07:08:09", body.get("DateTEntry").asText(), "auto: insert takes the clock");
    assertEquals("DOC", body.get("priProvAbbr").asText());
    assertEquals("DOC Jones", body.get("provName").asText());
    assertEquals("Male", body.get("gender").asText());
    assertEquals("false", body.get("hasNote").asText());
    assertEquals("2024-05-06 07:08:09", body.get("serverDateTime").asText());
    List<String> names = new ArrayList<>();
    body.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("PatNum", "LName", "FName", "Gender", "PatStatus", "Signals", "Birthdate"), names.subList(0, 7),
        "wire order");

    HttpResponse<String> read = send("GET", "/patients/" + id, null);
    assertEquals(200, read.statusCode());
    assertEquals(body, JSON.readTree(read.body()));
  }

  /** PortalPasswordHash is internal: stored, never in an answer; with extraBodyFields: ignore a body's copy is dropped. */
  @Test
  void anInternalColumnIsKeptButNeverSentAndBodiesCannotSetIt() throws Exception {
    long id = createPatient("Hidden", "Hal", "\"PortalPasswordHash\":\"from-a-body\"");
    assertEquals("", storedHash(id), "a create body cannot set it");
    setStoredHash(id, "app-set-hash");
    JsonNode one = json(send("GET", "/patients/" + id, null));
    assertEquals("Hidden", one.get("LName").asText());
    assertFalse(one.has("PortalPasswordHash"), one.toString());
    assertEquals("Note", first(one, 19).get(17), "the field after it keeps its place");
    assertEquals("colorOverride", first(one, 19).get(18));
    JsonNode list = json(send("GET", "/patients?LName=Hidden", null));
    assertEquals(1, list.size(), list.toString());
    for (JsonNode row : list) {
      assertFalse(row.has("PortalPasswordHash"), row.toString());
    }
    HttpResponse<String> updated = send("PUT", "/patients/" + id,
        "{\"LName\":\"Hidden2\",\"PortalPasswordHash\":\"from-a-put\"}");
    assertEquals(200, updated.statusCode(), updated.body());
    assertFalse(JSON.readTree(updated.body()).has("PortalPasswordHash"), updated.body());
    assertEquals("Hidden2", JSON.readTree(updated.body()).get("LName").asText());
    assertEquals("app-set-hash", storedHash(id), "an update keeps what the application stored");
    HttpResponse<String> created = send("POST", "/patients", "{\"LName\":\"Shown\",\"FName\":\"Sue\"}");
    assertFalse(JSON.readTree(created.body()).has("PortalPasswordHash"), created.body());
  }

  private String storedHash(long patNum) throws Exception {
    try (var connection = database.getConnection();
        var select = connection.prepareStatement("SELECT PortalPasswordHash FROM patient WHERE PatNum = ?")) {
      select.setLong(1, patNum);
      try (var rows = select.executeQuery()) {
        assertTrue(rows.next(), "patient " + patNum + " is stored");
        return rows.getString(1);
      }
    }
  }

  private void setStoredHash(long patNum, String hash) throws Exception {
    try (var connection = database.getConnection();
        var update = connection.prepareStatement("UPDATE patient SET PortalPasswordHash = ? WHERE PatNum = ?")) {
      update.setString(1, hash);
      update.setLong(2, patNum);
      assertEquals(1, update.executeUpdate());
    }
  }

  @Test
  void getAppliesTheRequestsDateFormatsAndAnswers404ForAnUnknownId() throws Exception {
    long id = createPatient("Formats", "Bo", "\"Birthdate\":\"1980-02-03\"");
    JsonNode row = json(send("GET", "/patients/" + id + "?DateFormatString=MM/dd/yyyy", null));
    assertEquals("02/03/1980", row.get("Birthdate").asText());
    HttpResponse<String> missing = send("GET", "/patients/987654", null);
    assertEquals(404, missing.statusCode());
    assertEquals("Patient not found (PatNum 987654)", missing.body());
  }

  @Test
  void aPartialUpdateKeepsTheFieldsTheBodyLeavesOut() throws Exception {
    long id = createPatient("Partial", "Cy", "\"Gender\":\"Female\",\"priProv\":" + doc);
    HttpResponse<String> updated = send("PUT", "/patients/" + id, "{\"LName\":\"Partial2\",\"Note\":\"allergic\"}");
    assertEquals(200, updated.statusCode(), updated.body());
    JsonNode row = JSON.readTree(updated.body());
    assertEquals("Partial2", row.get("LName").asText());
    assertEquals("Cy", row.get("FName").asText());
    assertEquals("Female", row.get("Gender").asText());
    assertEquals("DOC", row.get("priProvAbbr").asText());
    assertEquals("true", row.get("hasNote").asText(), "derived from the new Note");
    assertEquals(row, json(send("GET", "/patients/" + id, null)), "what the PUT answered is what is stored");

    assertEquals("LName is required", send("PUT", "/patients/" + id, "{\"FName\":\"X\"}").body());
    assertEquals(404, send("PUT", "/patients/987654", "{\"LName\":\"X\"}").statusCode());
  }

  @Test
  void badInputIsRefusedWith400NamingTheFieldAndNothingIsStored() throws Exception {
    int before = json(send("GET", "/patients?Limit=100", null)).size();
    assertRefused("FName is required", "{\"LName\":\"Only\"}");
    assertRefused("LName, FName are required", "{}");
    assertRefused("Gender: 'Unknown' is not one of Male, Female, Not Given",
        "{\"LName\":\"A\",\"FName\":\"B\",\"Gender\":\"Unknown\"}");
    assertTrue(refusal("{\"LName\":\"A\",\"FName\":\"B\",\"Birthdate\":\"1976-13-40\"}")
        .startsWith("Birthdate: '1976-13-40' is not a date"));
    assertTrue(refusal("{\"LName\":\"A\",\"FName\":\"B\",\"Urgency\":\"many\"}").startsWith("Urgency: 'many' is not"));
    assertRefused("priProv: there is no Provider with ProvNum 987654",
        "{\"LName\":\"A\",\"FName\":\"B\",\"priProv\":987654}");
    assertEquals(201, send("POST", "/patients", "{\"LName\":\"Zero\",\"FName\":\"Ref\",\"priProv\":0}").statusCode(),
        "0 means no provider");
    assertEquals(before + 1, json(send("GET", "/patients?Limit=100", null)).size());
  }

  @Test
  void listFiltersByEveryMatchKind() throws Exception {
    long pat = createPatient("Filterson", "Dora", "\"priProv\":" + hyg + ",\"Birthdate\":\"1990-06-15\"");
    createPatient("Filterly", "Ed", "\"Birthdate\":\"1991-01-01\"");
    assertEquals(List.of("Filterson", "Filterly"), lNames("/patients?LName=filter"), "startsWith ignores case");
    assertEquals(List.of("Filterson"), lNames("/patients?LName=Filter&FName=OR"), "contains ignores case");
    assertEquals(List.of("Filterson"), lNames("/patients?LName=Filter&PriProv=" + hyg), "equals");
    assertEquals(List.of("Filterson"), lNames("/patients?LName=Filter&dateStart=1990-06-15&dateEnd=1990-12-31"),
        "from and to include their days");
    assertEquals(List.of(), lNames("/patients?LName=Filter&DateTStamp=2999-01-01%2000:00:00"), "changedSince");
    assertEquals(2, lNames("/patients?LName=Filter&DateTStamp=2000-01-01%2000:00:00").size());

    long apt = createAppointment(pat, "2024-07-01 09:30:00", "\"Note\":\"Needs X-Ray\"");
    createAppointment(pat, "2024-07-02 09:30:00", "\"AptStatus\":\"Complete\"");
    assertEquals(List.of(apt), ids("/appointments?PatNum=" + pat + "&date=2024-07-01", "AptNum"), "onDate");
    assertEquals(List.of(apt), ids("/appointments?PatNum=" + pat + "&dateEnd=2024-07-01", "AptNum"),
        "a bare date as dateEnd includes that day");
    assertEquals(List.of(apt), ids("/appointments?PatNum=" + pat + "&AptStatus=Scheduled", "AptNum"), "enum equals");
    assertEquals(List.of(apt), ids("/appointments?PatNum=" + pat + "&Note=x-ray", "AptNum"), "contains");
    HttpResponse<String> badEnum = send("GET", "/appointments?AptStatus=Lost", null);
    assertEquals(400, badEnum.statusCode());
    assertEquals("AptStatus: 'Lost' is not one of None, Scheduled, Complete, Broken", badEnum.body());
  }

  @Test
  void customFiltersRunTheApplicationsHooksOrAreRefused() throws Exception {
    long pat = createPatient("Custom", "Flo", "");
    long withProcs = createAppointment(pat, "2024-08-01 10:00:00", "");
    createAppointment(pat, "2024-08-02 10:00:00", "");
    send("POST", "/procedures", "{\"AptNum\":" + withProcs + ",\"ProcCode\":\"D0120\"}");
    assertEquals(List.of(withProcs), ids("/appointments?PatNum=" + pat + "&hasProcs=true", "AptNum"));
    // hideInactive defaults to true: without a hook, leaving it out (or giving true) filters nothing, false is refused
    assertEquals(200, send("GET", "/patients", null).statusCode());
    assertEquals(200, send("GET", "/patients?hideInactive=true", null).statusCode());
    HttpResponse<String> refused = send("GET", "/patients?hideInactive=false", null);
    assertEquals(400, refused.statusCode());
    assertEquals("filter hideInactive is not supported by this server", refused.body());
  }

  @Test
  void listsPageByOffsetAndLimitInIdOrder() throws Exception {
    List<Long> made = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      made.add(createPatient("Pager", "P" + i, ""));
    }
    assertEquals(made.subList(0, 2), ids("/patients?LName=Pager&Limit=2", "PatNum"));
    assertEquals(made.subList(2, 3), ids("/patients?LName=Pager&Limit=2&Offset=2", "PatNum"));
    HttpResponse<String> tooMany = send("GET", "/patients?Limit=101", null);
    assertEquals(400, tooMany.statusCode());
    assertEquals("Limit: '101' is not a whole number from 1 to 100", tooMany.body());
  }

  @Test
  void derivedFieldsOfAppointmentsAreComputedForOneRowAndForAPage() throws Exception {
    long pat = createPatient("Derived", "Gus", "");
    long apt = createAppointment(pat, "2024-09-01 08:00:00", "\"ProvNum\":" + doc);
    for (String code : List.of("D0150", "D1110")) {
      assertEquals(201, send("POST", "/procedures", "{\"AptNum\":" + apt + ",\"ProcCode\":\"" + code + "\"}")
          .statusCode());
    }
    JsonNode row = json(send("GET", "/appointments/" + apt, null));
    assertEquals("Gus Derived", row.get("patName").asText(), "template lookup");
    assertEquals("DOC", row.get("provAbbr").asText());
    assertEquals("Scheduled", row.get("status").asText(), "nameOf");
    assertEquals("D0150,D1110", row.get("procCodes").asText(), "collect joined");
    assertEquals(2, row.get("procNums").size(), "collect as a list");
    assertEquals("confirmed by phone " + apt, row.get("confirmedText").asText(), "custom, from the hooks");
    assertEquals("2024-05-06 07:08:09", row.get("SecDateTEntry").asText());
    assertEquals("2024-05-06 07:08:09", row.get("DateTimeAskedToArrive").asText(), "insertEditable, left out");
    assertEquals("2024-05-06 07:08:09", row.get("serverDateTime").asText());
    assertEquals(List.of("serverDateTime", "AptNum", "PatNum", "patName"), first(row, 4));

    long bare = createAppointment(0, "2024-09-02 08:00:00", "");
    JsonNode page = json(send("GET", "/appointments?dateStart=2024-09-01&dateEnd=2024-09-02", null));
    assertEquals(2, page.size());
    assertEquals(row, page.get(0), "a page computes what a single read does");
    assertEquals(bare, page.get(1).get("AptNum").asLong());
    assertEquals("", page.get(1).get("patName").asText(), "no patient: blank");
    assertEquals("", page.get(1).get("procCodes").asText());
    assertEquals(0, page.get(1).get("procNums").size());
  }

  @Test
  void deleteAnswers200AndTheRowIsGoneAndOperationsTheSpecLacksAnswer405() throws Exception {
    long apt = createAppointment(0, "2024-10-01 08:00:00", "");
    HttpResponse<String> deleted = send("DELETE", "/appointments/" + apt, null);
    assertEquals(200, deleted.statusCode());
    assertEquals(404, send("GET", "/appointments/" + apt, null).statusCode());
    assertEquals(404, send("DELETE", "/appointments/" + apt, null).statusCode());
    HttpResponse<String> noDelete = send("DELETE", "/patients/1", null);
    assertEquals(405, noDelete.statusCode(), "Patients declares no DELETE");
    assertEquals(405, send("PUT", "/procedures/1", "{}").statusCode(), "Procedures declares no PUT");
  }

  @Test
  void everyRequestNeedsAcceptedCredentials() throws Exception {
    HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/patients")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(401, none.statusCode());
    assertTrue(none.body().contains("Authorization header is missing"), none.body());
    HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/patients"))
        .header("Authorization", "ODFHIR dev/other").build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(401, wrong.statusCode());
    assertTrue(wrong.body().contains("not accepted"), wrong.body());
  }

  @Test
  void actionsRunTheApplicationsImplementationOrAnswer501Or410() throws Exception {
    long pat = createPatient("Actor", "Hal", "");
    HttpResponse<String> unimplemented = send("GET", "/patients/" + pat + "/Slots", null);
    assertEquals(501, unimplemented.statusCode());
    assertEquals("GET /api/v1/patients/" + pat + "/Slots is not implemented by this server", unimplemented.body());

    JsonNode slots = json(send("GET", "/appointments/Slots?date=2024-11-05&ProvNum=" + doc + "&Limit=5", null));
    assertEquals("2024-11-05 09:00:00", slots.get(0).get("DateTimeStart").asText());
    assertEquals(doc, slots.get(0).get("ProvNum").asLong());
    assertEquals(5, slots.size(), "the page reaches the implementation");
    HttpResponse<String> noDate = send("GET", "/appointments/Slots", null);
    assertEquals(400, noDate.statusCode());
    assertEquals("date is required", noDate.body());

    HttpResponse<String> planned = send("POST", "/appointments/Planned",
        "{\"PatNum\":" + pat + ",\"procNums\":[1,2],\"Note\":\"plan\"}");
    assertEquals(201, planned.statusCode(), planned.body());
    JsonNode created = JSON.readTree(planned.body());
    assertEquals("plan 2 procedures", created.get("Note").asText());
    assertEquals(baseUrl + "/appointments/" + created.get("AptNum").asLong(),
        planned.headers().firstValue("Location").orElseThrow());

    HttpResponse<String> badBreak = send("PUT", "/appointments/1/Break", "{\"sendToUnscheduledList\":\"true\","
        + "\"breakType\":\"Late\"}");
    assertEquals("breakType: 'Late' is not one of Missed, Cancelled", badBreak.body());
    assertEquals(501, send("PUT", "/appointments/1/Break", "{\"sendToUnscheduledList\":\"true\"}").statusCode());
    HttpResponse<String> deprecated = send("PUT", "/appointments/1/Confirm", "{\"confirmVal\":\"Sent\"}");
    assertEquals(410, deprecated.statusCode());
    assertEquals("PUT /api/v1/appointments/1/Confirm was deprecated in version 0.9", deprecated.body());

    JsonNode rows = json(send("PUT", "/reports/Query", "{\"SqlCommand\":\"SELECT 1\"}"));
    assertEquals("SELECT 1", rows.get(0).get("sql").asText(), "rows travel as the implementation made them");
  }

  // ---- the application's side, as proxies of the generated interfaces

  private InvocationHandler appointmentActions(AtomicReference<Object> self) {
    return (proxy, method, args) -> switch (method.getName()) {
      case "slots" -> {
        Object input = args[0];
        int limit = (int) call(call(input, "page"), "limit");
        List<Object> slots = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
          slots.add(callStatic(type("entity.OpenSlot"), "fromJson", reader("{\"DateTimeStart\":\"" + call(input, "date")
              + " 09:00:00\",\"ProvNum\":" + call(input, "provNum") + "}")));
        }
        yield slots;
      }
      case "createPlanned" -> {
        Object input = args[0];
        Object patch = callStatic(type("entity.AppointmentPatch"), "builder");
        call(patch, "patNum", call(input, "patNum"));
        call(patch, "note", call(input, "note") + " " + ((List<?>) call(input, "procNums")).size() + " procedures");
        Object dao = call(call(self.get(), "daos"), "appointments");
        long id = (long) call(dao, "insert", call(patch, "build"));
        yield ((java.util.Optional<?>) call(dao, "findById", id)).orElseThrow();
      }
      default -> InvocationHandler.invokeDefault(proxy, method, args);
    };
  }

  private InvocationHandler appointmentHooks() {
    return (proxy, method, args) -> switch (method.getName()) {
      case "filterHasProcs" -> {
        String exists = "EXISTS (SELECT 1 FROM `procedurelog` p WHERE p.`AptNum` = `appointment`.`AptNum`)";
        ((Where) args[1]).raw((Boolean) args[0] ? exists : "NOT " + exists);
        yield null;
      }
      case "deriveConfirmedText" -> {
        Map<Long, String> values = new java.util.HashMap<>();
        for (Object row : (List<?>) args[0]) {
          long id = (long) call(row, "aptNum");
          values.put(id, "confirmed by phone " + id);
        }
        yield values;
      }
      default -> InvocationHandler.invokeDefault(proxy, method, args);
    };
  }

  private InvocationHandler reportActions() {
    return (proxy, method, args) -> method.getName().equals("query")
        ? List.of(JSON.readTree("{\"sql\":\"" + call(args[0], "sqlCommand") + "\"}"))
        : InvocationHandler.invokeDefault(proxy, method, args);
  }

  // ---- helpers

  private long createPatient(String lName, String fName, String more) throws Exception {
    String body = "{\"LName\":\"" + lName + "\",\"FName\":\"" + fName + "\"" + (more.isEmpty() ? "" : "," + more) + "}";
    HttpResponse<String> response = send("POST", "/patients", body);
    assertEquals(201, response.statusCode(), response.body());
    return JSON.readTree(response.body()).get("PatNum").asLong();
  }

  private long createAppointment(long patNum, String when, String more) throws Exception {
    String body = "{\"PatNum\":" + patNum + ",\"AptDateTime\":\"" + when + "\"" + (more.isEmpty() ? "" : "," + more) + "}";
    HttpResponse<String> response = send("POST", "/appointments", body);
    assertEquals(201, response.statusCode(), response.body());
    return JSON.readTree(response.body()).get("AptNum").asLong();
  }

  private long insertProvider(String json) throws Exception {
    Object row = callStatic(type("entity.Provider"), "fromJson", reader(json));
    return (long) call(call(call(server, "daos"), "providers"), "insert", row);
  }

  private void assertRefused(String message, String body) throws Exception {
    assertEquals(message, refusal(body));
  }

  private String refusal(String body) throws Exception {
    HttpResponse<String> response = send("POST", "/patients", body);
    assertEquals(400, response.statusCode(), response.body());
    assertFalse(response.body().contains("Exception"), response.body());
    return response.body();
  }

  private List<String> lNames(String path) throws Exception {
    List<String> names = new ArrayList<>();
    json(send("GET", path, null)).forEach(row -> names.add(row.get("LName").asText()));
    return names;
  }

  private List<Long> ids(String path, String idField) throws Exception {
    List<Long> ids = new ArrayList<>();
    json(send("GET", path, null)).forEach(row -> ids.add(row.get(idField).asLong()));
    return ids;
  }

  private List<String> first(JsonNode row, int count) {
    List<String> names = new ArrayList<>();
    row.fieldNames().forEachRemaining(names::add);
    return names.subList(0, count);
  }

  private JsonNode json(HttpResponse<String> response) throws Exception {
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", KEY);
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private WireReader reader(String json) {
    WireSettings wire = new WireSettings(true, "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "HH:mm:ss", "0001-01-01", null, null);
    return new WireReader(Json.parse("test", json.getBytes(StandardCharsets.UTF_8)), wire.formats());
  }

  private Object proxy(String name, InvocationHandler handler) throws Exception {
    Class<?> type = type(name);
    return Proxy.newProxyInstance(classes, new Class<?>[] {type}, handler);
  }

  private Class<?> type(String name) throws ClassNotFoundException {
    return classes.loadClass(PKG + name);
  }

  /** Calls a public method by name and argument count, on {@code target} or, for static ones, on {@code owner}. */
  private Object call(Object target, String method, Object... args) throws Exception {
    return invoke(target.getClass(), target, method, args);
  }

  private Object callStatic(Class<?> owner, String method, Object... args) throws Exception {
    return invoke(owner, null, method, args);
  }

  private Object invoke(Class<?> owner, Object target, String method, Object... args) throws Exception {
    for (Method candidate : owner.getMethods()) {
      if (candidate.getName().equals(method) && candidate.getParameterCount() == args.length
          && accepts(candidate, args)) {
        candidate.setAccessible(true);
        return candidate.invoke(target, args);
      }
    }
    throw new NoSuchMethodException(owner.getName() + "." + method);
  }

  private boolean accepts(Method method, Object[] args) {
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      if (args[i] != null && !types[i].isPrimitive() && !types[i].isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }
}
