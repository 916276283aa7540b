package dev.odgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.testing.Gender;
import dev.odgen.runtime.testing.Settings;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpTransportTest {
  private ScriptedServer server;
  private final FakeTime time = new FakeTime();
  private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(5), 2.0, 0.5);

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpTransport transport(String baseUrl, RetryPolicy policy) {
    return new HttpTransport(ClientConfig.builder(baseUrl)
        .auth(Settings.AUTH, List.of("dev1", "cust1"))
        .wire(Settings.WIRE)
        .retry(policy)
        .timekeeper(time)
        .random(() -> 0.5)
        .connectTimeout(Duration.ofSeconds(2))
        .build());
  }

  /** A loopback port nothing listens on (it was free a moment ago). */
  private static int closedPort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private HttpTransport transport() {
    return transport(server.baseUrl(), POLICY);
  }

  @Test
  void sendsAuthJsonAndEncodedQueryAndReadsTheBody() {
    server.then(200, "[{\"PatNum\": 1, \"Gender\": \"Female\"}, {\"PatNum\": 2, \"Gender\": \"Male\"}]");
    HttpTransport t = transport();
    QueryParams q = t.query().addString("LName", "Van Dyke&Co").addDate("date", LocalDate.of(2024, 5, 1))
        .addLong("ClinicNum", null).addBool("hideInactive", true).addEnum("Gender", Gender.FEMALE);
    List<String> got = t.get("/patients", q).list(r -> r.getLong("PatNum") + ":" + r.getEnum("Gender", Gender.class));
    assertEquals(List.of("1:FEMALE", "2:MALE"), got);
    ScriptedServer.Received req = server.received().get(0);
    assertEquals("GET", req.method());
    assertEquals("/api/v1/patients?LName=Van%20Dyke%26Co&date=2024-05-01&hideInactive=true&Gender=Female",
        req.rawPathAndQuery());
    assertEquals("ODFHIR dev1/cust1", req.header("Authorization"));
    assertEquals("application/json", req.header("Accept"));
  }

  @Test
  void postSendsJsonBodyAndReadsLocation() {
    server.then(201, Map.of("Location", "http://x/api/v1/patients/7"), "{\"PatNum\": 7}");
    Response r = transport().post("/patients", w -> w.startObject().writeString("LName", "Smith")
        .writeBool("IsActive", true).endObject());
    assertEquals(201, r.status());
    assertEquals("http://x/api/v1/patients/7", r.location().orElseThrow());
    assertEquals(Long.valueOf(7), r.object(o -> (Long) o.getLong("PatNum")));
    ScriptedServer.Received req = server.received().get(0);
    assertEquals("{\"LName\":\"Smith\",\"IsActive\":\"true\"}", req.body());
    assertEquals("application/json", req.header("Content-Type"));
  }

  @Test
  void retriesGetOn503WithExponentialBackoff() {
    server.then(503, "busy").then(502, "bad gateway").then(200, "{}");
    assertEquals(200, transport().get("/patients/1").status());
    assertEquals(3, server.received().size());
    // jitter 0.5 with random 0.5: 75% of 100 ms, then of 200 ms
    assertEquals(List.of(Duration.ofMillis(75), Duration.ofMillis(150)), time.realSleeps());
  }

  @Test
  void honoursRetryAfterOn429() {
    server.then(429, Map.of("Retry-After", "2"), "slow down").then(200, "{}");
    assertEquals(200, transport().put("/patients/1", w -> w.startObject().endObject()).status());
    assertEquals(List.of(Duration.ofSeconds(2)), time.realSleeps());
  }

  @Test
  void retryAfterLongerThanMaxBackoffEndsRetries() {
    server.then(429, Map.of("Retry-After", "60"), "come back in a minute");
    var e = assertThrows(ApiRateLimitedException.class, () -> transport().get("/patients"));
    assertEquals(Duration.ofSeconds(60), e.retryAfter().orElseThrow());
    assertEquals("come back in a minute", e.explanation());
    assertEquals(1, server.received().size());
  }

  @Test
  void neverRetriesPostOnAServerError() {
    server.then(503, "database unavailable: down").then(200, "{}");
    var e = assertThrows(ApiServerException.class, () -> transport().post("/patients", w -> w.startObject().endObject()));
    assertEquals(503, e.status());
    assertEquals("database unavailable: down", e.explanation());
    assertEquals(1, server.received().size());
    assertEquals(List.of(), time.realSleeps());
  }

  @Test
  void sendOnceKeepsAPutFromRunningTwiceButWaitsOutTheThrottle() {
    server.then(500, "appended, then failed");
    var e = assertThrows(ApiServerException.class,
        () -> transport().sendOnce("PUT", "/appointments/1/Note", null, w -> w.startObject().endObject()));
    assertEquals(500, e.status());
    assertEquals(1, server.received().size());

    server.then(429, Map.of("Retry-After", "1"), "slow down").then(200, "{}");
    assertEquals(200, transport().sendOnce("PUT", "/appointments/1/Note", null, w -> w.startObject().endObject())
        .status());
    assertEquals(List.of(Duration.ofSeconds(1)), time.realSleeps());
    assertEquals(3, server.received().size());
  }

  @Test
  void postIsRetriedWhenNoConnectionCouldBeMade() throws Exception {
    int closedPort = closedPort();
    HttpTransport t = transport("http://127.0.0.1:" + closedPort + "/api/v1", POLICY);
    assertThrows(ApiConnectionException.class, () -> t.post("/patients", w -> w.startObject().endObject()));
    assertEquals(2, time.realSleeps().size(), "three tries, none of which reached a server");
  }

  @Test
  void givesUpAfterMaxAttempts() {
    server.then(500, "a").then(500, "b").then(500, "c").then(200, "{}");
    var e = assertThrows(ApiServerException.class, () -> transport().delete("/patients/1"));
    assertEquals("c", e.explanation());
    assertEquals(3, server.received().size());
    assertEquals(2, time.realSleeps().size());
  }

  @Test
  void retriesConnectionRefusedThenReportsIt() throws Exception {
    int closedPort = closedPort();
    HttpTransport t = transport("http://127.0.0.1:" + closedPort + "/api/v1", POLICY);
    var e = assertThrows(ApiConnectionException.class, () -> t.get("/patients"));
    assertEquals(0, e.status());
    assertTrue(e.getMessage().startsWith("GET http://127.0.0.1:" + closedPort + "/api/v1/patients failed with no response"),
        e.getMessage());
    assertEquals(List.of(Duration.ofMillis(75), Duration.ofMillis(150)), time.realSleeps());
  }

  @Test
  void errorStatusesMapToTypedExceptionsWithoutRetry() {
    server.then(400, "Gender: 'Mal' is not one of Male, Female").then(401, "no key").then(404, "Patient 9 not found")
        .then(410, "gone");
    HttpTransport t = transport();
    var bad = assertThrows(ApiBadRequestException.class, () -> t.get("/patients"));
    assertEquals("Gender: 'Mal' is not one of Male, Female", bad.explanation());
    assertEquals(400, bad.status());
    assertThrows(ApiUnauthorizedException.class, () -> t.get("/patients"));
    var notFound = assertThrows(ApiNotFoundException.class, () -> t.get("/patients/9"));
    assertEquals("GET " + server.baseUrl() + "/patients/9 failed with 404: Patient 9 not found", notFound.getMessage());
    assertEquals(410, assertThrows(ApiException.class, () -> t.get("/x")).status());
    assertEquals(4, server.received().size());
  }

  @Test
  void badResponseBodiesAreReportedWithTheCall() {
    server.then(200, "{\"PatNum\": \"abc\"}").then(200, "not json");
    HttpTransport t = transport();
    var e = assertThrows(ApiException.class, () -> t.get("/patients/1").object(r -> r.getLong("PatNum")));
    assertTrue(e.explanation().equals("unexpected response: response field PatNum: 'abc' is not a whole number"),
        e.explanation());
    assertThrows(ApiException.class, () -> t.get("/patients/1").json());
  }

  @Test
  void everyAttemptPassesTheRateLimiter() {
    server.then(200, "{}").then(200, "{}");
    HttpTransport t = new HttpTransport(ClientConfig.builder(server.baseUrl())
        .auth(Settings.AUTH, List.of("dev1", "cust1"))
        .wire(Settings.WIRE)
        .timekeeper(time)
        .rateLimit(new RateLimiter(Duration.ofMillis(1000), time), "customerKey")
        .build());
    t.get("/a");
    t.get("/b");
    assertEquals(List.of(Duration.ofMillis(1000)), time.realSleeps());
  }

  @Test
  void rateLimitMustNameACredential() {
    var e = assertThrows(IllegalArgumentException.class, () -> ClientConfig.builder(server.baseUrl())
        .auth(Settings.AUTH, List.of("dev1", "cust1")).wire(Settings.WIRE)
        .rateLimit(RateLimiter.perKeyMillis(1000), "officeKey").build());
    assertEquals("rate limit per 'officeKey': not one of the credentials [developerKey, customerKey]", e.getMessage());
  }
}
