package dev.odgen.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.jdbc.DatabaseUnavailableException;
import dev.odgen.runtime.logging.LogCapture;
import dev.odgen.runtime.testing.Gender;
import dev.odgen.runtime.testing.Settings;
import dev.odgen.runtime.wire.WireReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs a real server on an ephemeral port with a small registrar and checks the cross-cutting behaviour. */
class ApiServerTest {
  private static final String KEY = "ODFHIR dev1/cust1";
  private static final AtomicInteger CREATES = new AtomicInteger();
  private static ApiServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Stands in for a generated handler. */
  static final class PatientRoutes implements RouteRegistrar {
    @Override
    public void register(Routes r) {
      r.get("/patients/{PatNum}", req -> {
        long id = req.pathLong("PatNum");
        if (id != 1) {
          throw new NotFoundException("Patient " + id + " not found");
        }
        return ApiResponse.ok(w -> w.startObject()
            .writeLong("PatNum", 1)
            .writeDate("Birthdate", LocalDate.of(1976, 3, 14))
            .writeDateTime("DateTStamp", LocalDateTime.of(2024, 5, 1, 9, 30))
            .writeDateTime("serverDateTime", req.serverTime())
            .writeString("customerKey", req.credentials().get(1))
            .endObject());
      });
      r.get("/patients", req -> {
        Page page = req.page();
        List<Long> ids = new ArrayList<>();
        for (long i = page.offset(); i < Math.min(page.offset() + page.limit(), 250); i++) {
          ids.add(i);
        }
        return ApiResponse.okList(ids, (w, id) -> w.startObject().writeLong("PatNum", id).endObject());
      });
      r.post("/patients", req -> {
        WireReader body = req.body();
        String lName = body.getString("LName");
        Gender g = body.getEnum("Gender", Gender.class, Gender.UNKNOWN);
        CREATES.incrementAndGet();
        return ApiResponse.created("/patients/7", w -> w.startObject()
            .writeLong("PatNum", 7).writeString("LName", lName).writeEnum("Gender", g).endObject());
      });
      r.put("/patients/{PatNum}", req -> ApiResponse.ok());
      r.get("/patients/Simple", req -> ApiResponse.text(200, "simple"));
      r.get("/boom", req -> {
        throw new IllegalStateException("secret internals");
      });
      r.get("/db", req -> {
        throw new DatabaseUnavailableException("Connection refused", null);
      });
      r.get("/pool", req -> {
        throw new RuntimeException(new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
      });
    }
  }

  @BeforeAll
  static void start() {
    server = ApiServer.builder()
        .basePath("/api/v1")
        .auth(Settings.AUTH, KeyStore.parse("# test keys\ndev1/cust1\n", Settings.AUTH))
        .wire(Settings.WIRE)
        .paging(Settings.PAGING)
        .register(new PatientRoutes())
        .healthCheck(() -> {})
        .clock(Clock.fixed(Instant.parse("2024-06-01T12:00:00.700Z"), ZoneOffset.UTC))
        .host("127.0.0.1")
        .port(0)
        .build()
        .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static HttpResponse<String> call(String method, String path, String auth, String contentType, String body)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return call("GET", path, KEY, null, null);
  }

  private static void assertResponse(int status, String body, HttpResponse<String> r) {
    assertEquals(status + " " + body, r.statusCode() + " " + r.body());
  }

  @Test
  void everyRequestIsOneLineOnTheRequestLogger() throws Exception {
    try (LogCapture log = LogCapture.of(ApiServer.REQUEST_LOGGER)) {
      call("GET", "/api/v1/patients/1", KEY, null, null);
      call("GET", "/api/v1/patients/99", KEY, null, null);
      call("GET", "/api/v1/patients/1", null, null, null);
      call("GET", "/api/v1/boom", KEY, null, null);
      List<String> lines = waitForLines(log, 4);
      assertEquals(4, lines.size(), lines.toString());
      assertTrue(lines.get(0).matches("GET /api/v1/patients/1 200 \\d+ ms"), lines.get(0));
      assertTrue(lines.get(1).matches("GET /api/v1/patients/99 404 \\d+ ms"), lines.get(1));
      assertTrue(lines.get(2).matches("GET /api/v1/patients/1 401 \\d+ ms"), lines.get(2));
      assertTrue(lines.get(3).matches("GET /api/v1/boom 500 \\d+ ms"), lines.get(3));
    }
  }

  /** The request line is written after the answer went out: give the server a moment to write it. */
  private static List<String> waitForLines(LogCapture log, int count) throws InterruptedException {
    for (int i = 0; i < 100 && log.lines().size() < count; i++) {
      Thread.sleep(20);
    }
    return log.lines();
  }

  @Test
  void getWritesJsonInWireFormats() throws Exception {
    var r = get("/api/v1/patients/1");
    assertResponse(200, "{\"PatNum\":1,\"Birthdate\":\"1976-03-14\",\"DateTStamp\":\"2024-05-01 09:30:00\","
        + "\"serverDateTime\":\"2024-06-01 12:00:00\",\"customerKey\":\"cust1\"}", r);
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
  }

  @Test
  void formatOverridesApplyToTheResponse() throws Exception {
    var r = get("/api/v1/patients/1?DateFormatString=MM/dd/yyyy&DateTimeFormatString=dd.MM.yyyy%20HH:mm");
    assertResponse(200, "{\"PatNum\":1,\"Birthdate\":\"03/14/1976\",\"DateTStamp\":\"01.05.2024 09:30\","
        + "\"serverDateTime\":\"01.06.2024 12:00\",\"customerKey\":\"cust1\"}", r);
  }

  @Test
  void badFormatOverrideIs400BeforeTheHandlerRuns() throws Exception {
    int before = CREATES.get();
    var r = call("POST", "/api/v1/patients?DateFormatString=yyyy-MM-dd%20HH", KEY, "application/json", "{\"LName\":\"X\"}");
    assertEquals(400, r.statusCode());
    assertTrue(r.body().startsWith("DateFormatString: 'yyyy-MM-dd HH' is not a date pattern"), r.body());
    assertEquals(before, CREATES.get());
  }

  @Test
  void authFailuresAre401WithAnExplanation() throws Exception {
    var missing = call("GET", "/api/v1/patients/1", null, null, null);
    assertResponse(401, "Authorization header is missing; send 'Authorization: ODFHIR {developerKey}/{customerKey}'", missing);
    assertEquals("ODFHIR", missing.headers().firstValue("WWW-Authenticate").orElse(""));
    assertResponse(401, "Authorization header is malformed: it must start with the scheme 'ODFHIR';"
        + " expected 'Authorization: ODFHIR {developerKey}/{customerKey}'",
        call("GET", "/api/v1/patients/1", "Bearer abc", null, null));
    assertResponse(401, "Authorization header is malformed: expected 2 non-empty credentials (developerKey,"
        + " customerKey) separated by '/'; expected 'Authorization: ODFHIR {developerKey}/{customerKey}'",
        call("GET", "/api/v1/patients/1", "ODFHIR dev1", null, null));
    assertResponse(401, "Authorization was not accepted: the developerKey and customerKey are unknown or disabled",
        call("GET", "/api/v1/patients/1", "ODFHIR dev1/other", null, null));
    // unknown paths under the base path are checked too, so they reveal nothing without a key
    assertEquals(401, call("GET", "/api/v1/nothing", null, null, null).statusCode());
  }

  @Test
  void healthNeedsNoAuth() throws Exception {
    assertResponse(200, "ok", call("GET", "/health", null, null, null));
  }

  @Test
  void notFoundAndUnknownPaths() throws Exception {
    assertResponse(404, "Patient 2 not found", get("/api/v1/patients/2"));
    assertResponse(404, "no such path: /api/v1/nothing", get("/api/v1/nothing"));
    assertResponse(404, "no such path: /elsewhere", call("GET", "/elsewhere", null, null, null));
  }

  @Test
  void fixedSegmentsWinOverPlaceholders() throws Exception {
    assertResponse(200, "simple", get("/api/v1/patients/Simple"));
  }

  @Test
  void badPathParameterIs400() throws Exception {
    assertResponse(400, "PatNum: 'abc' is not a whole number", get("/api/v1/patients/abc"));
  }

  @Test
  void undeclaredMethodIs405WithAllow() throws Exception {
    var r = call("DELETE", "/api/v1/patients/1", KEY, null, null);
    assertResponse(405, "DELETE is not allowed on /api/v1/patients/{PatNum}; allowed: GET, PUT", r);
    assertEquals("GET, PUT", r.headers().firstValue("Allow").orElse(""));
    assertEquals(405, call("PUT", "/api/v1/patients/Simple", KEY, "application/json", "{}").statusCode());
  }

  @Test
  void optionsAnswersWhatThePathAllows() throws Exception {
    var r = call("OPTIONS", "/api/v1/patients/1", KEY, null, null);
    assertEquals(204, r.statusCode());
    assertEquals("GET, PUT", r.headers().firstValue("Allow").orElse(""));
    assertResponse(404, "no such path: /api/v1/nothing", call("OPTIONS", "/api/v1/nothing", KEY, null, null));
    assertEquals(401, call("OPTIONS", "/api/v1/patients/1", null, null, null).statusCode());
  }

  @Test
  void createAnswers201WithAbsoluteLocation() throws Exception {
    var r = call("POST", "/api/v1/patients", KEY, "application/json; charset=utf-8", "{\"LName\":\"Smith\",\"Gender\":\"female\"}");
    assertResponse(201, "{\"PatNum\":7,\"LName\":\"Smith\",\"Gender\":\"Female\"}", r);
    assertEquals("http://127.0.0.1:" + server.port() + "/api/v1/patients/7", r.headers().firstValue("Location").orElse(""));
  }

  @Test
  void bodyProblemsAre400() throws Exception {
    assertResponse(400, "Gender: 'Mal' is not one of Male, Female, Unknown, Other",
        call("POST", "/api/v1/patients", KEY, "application/json", "{\"LName\":\"S\",\"Gender\":\"Mal\"}"));
    assertResponse(400, "LName is required", call("POST", "/api/v1/patients", KEY, "application/json", "{}"));
    assertResponse(400, "Content-Type is missing; send Content-Type: application/json with a JSON body",
        call("POST", "/api/v1/patients", KEY, null, "{\"LName\":\"S\"}"));
    assertResponse(400, "Content-Type charset must be utf-8, not 'iso-8859-1'",
        call("POST", "/api/v1/patients", KEY, "application/json; charset=ISO-8859-1", "{\"LName\":\"S\"}"));
    assertResponse(400, "Content-Type 'application/json; utf-8' is malformed: 'utf-8' is not a name=value parameter",
        call("POST", "/api/v1/patients", KEY, "application/json; utf-8", "{\"LName\":\"S\"}"));
    assertResponse(400, "Content-Type must be application/json, not 'json'",
        call("POST", "/api/v1/patients", KEY, "json", "{\"LName\":\"S\"}"));
    assertResponse(400, "LName: '5' is not a string (text goes in quotes)",
        call("POST", "/api/v1/patients", KEY, "application/json", "{\"LName\":5}"));
    assertResponse(400, "request body must be a JSON object, not an array",
        call("POST", "/api/v1/patients", KEY, "application/json", "[]"));
    assertResponse(400, "request body is empty; expected JSON", call("POST", "/api/v1/patients", KEY, "application/json", null));
    var malformed = call("POST", "/api/v1/patients", KEY, "application/json", "{\"LName\":");
    assertEquals(400, malformed.statusCode());
    assertTrue(malformed.body().startsWith("request body is not valid JSON: "), malformed.body());
    assertResponse(400, "Content-Type must be application/json, not 'text/plain'",
        call("POST", "/api/v1/patients", KEY, "text/plain", "{\"LName\":\"S\"}"));
  }

  @Test
  void pagingDefaultsAndLimits() throws Exception {
    assertEquals(100, count(get("/api/v1/patients").body()));
    assertEquals(50, count(get("/api/v1/patients?Offset=200").body()));
    assertResponse(200, "[{\"PatNum\":5},{\"PatNum\":6}]", get("/api/v1/patients?Offset=5&Limit=2"));
    assertResponse(400, "Limit: '101' is not a whole number from 1 to 100", get("/api/v1/patients?Limit=101"));
    assertResponse(400, "Limit: '0' is not a whole number from 1 to 100", get("/api/v1/patients?Limit=0"));
    assertResponse(400, "Offset: '-1' is not a whole number of at least 0", get("/api/v1/patients?Offset=-1"));
    assertResponse(400, "Offset: 'x' is not a whole number", get("/api/v1/patients?Offset=x"));
  }

  private static int count(String jsonArray) {
    return jsonArray.split("PatNum", -1).length - 1;
  }

  @Test
  void databaseUnavailableIs503SayingWhatToDoNotThePoolsInternals() throws Exception {
    String expected = "database unavailable: the server cannot reach its database; try again shortly";
    assertResponse(503, expected, get("/api/v1/db"));
    assertResponse(503, expected, get("/api/v1/pool"));
  }

  @Test
  void headIsGetWithoutTheBody() throws Exception {
    var found = call("HEAD", "/api/v1/patients/1", KEY, null, null);
    assertEquals(200, found.statusCode());
    assertEquals("", found.body());
    assertTrue(found.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals(401, call("HEAD", "/api/v1/patients/1", null, null, null).statusCode());
    assertEquals(401, call("HEAD", "/api/v1/nothing", null, null, null).statusCode());
    assertEquals(404, call("HEAD", "/api/v1/nothing", KEY, null, null).statusCode());
    assertEquals(404, call("HEAD", "/api/v1/patients/2", KEY, null, null).statusCode());
    assertEquals(400, call("HEAD", "/api/v1/patients/abc", KEY, null, null).statusCode());
  }

  @Test
  void aRepeatedAuthorizationHeaderIsRefused() throws Exception {
    HttpRequest twice = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/patients/1"))
        .header("Authorization", KEY).header("Authorization", "ODFHIR x/y").GET().build();
    assertResponse(400, "Authorization is given 2 times; give it once", HTTP.send(twice, HttpResponse.BodyHandlers.ofString()));
  }

  @Test
  void idsHaveOneSpelling() throws Exception {
    for (String id : List.of("+1", "01", "%201", "%D9%A1", "%EF%BC%91", "1%20")) {
      var r = get("/api/v1/patients/" + id);
      assertEquals(400, r.statusCode(), id + " -> " + r.body());
      assertTrue(r.body().startsWith("PatNum: '"), r.body());
    }
  }

  @Test
  void aRepeatedQueryParameterIs400() throws Exception {
    assertResponse(400, "Limit is given 2 times; give it once", get("/api/v1/patients?Limit=5&Limit=6"));
    assertResponse(400, "Offset is given 2 times; give it once", get("/api/v1/patients?Offset=5&offset=6"));
  }

  @Test
  void unexpectedErrorsAre500WithoutInternals() throws Exception {
    var r = get("/api/v1/boom");
    assertEquals(500, r.statusCode());
    assertTrue(r.body().matches("internal error \\(ref [0-9a-f]+\\); the server log has the details"), r.body());
  }
}
