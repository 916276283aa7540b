package dev.odgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.testing.Settings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The client against servers that misbehave: each call ends, within its deadline and its memory limit, with an
 * exception that says what happened. The JUnit timeouts are there so that a regression fails rather than hangs.
 */
class ClientFaultsTest {
  private static final Duration DEADLINE = Duration.ofMillis(800);

  private static HttpTransport client(String baseUrl, long maxBytes, RetryPolicy retry, Timekeeper time) {
    return new HttpTransport(ClientConfig.builder(baseUrl)
        .auth(Settings.AUTH, List.of("dev1", "cust1"))
        .wire(Settings.WIRE)
        .connectTimeout(Duration.ofSeconds(2))
        .requestTimeout(DEADLINE)
        .maxResponseBytes(maxBytes)
        .retry(retry)
        .timekeeper(time)
        .random(() -> 0.5)
        .build());
  }

  private static HttpTransport client(String baseUrl) {
    return client(baseUrl, 1 << 20, RetryPolicy.none(), new FakeTime());
  }

  @Test
  @Timeout(20)
  void aBodyThatStallsAfterTheHeadersEndsAtTheDeadline() throws Exception {
    try (FaultyServer server = new FaultyServer(out -> {
      FaultyServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n[{\"a\":");
      Thread.sleep(60_000);
    })) {
      var e = assertThrows(ApiTimeoutException.class, () -> client(server.baseUrl()).get("/patients"));
      assertEquals(0, e.status());
      assertTrue(e.getMessage().contains("no complete response within 800 ms (requestTimeout)"), e.getMessage());
    }
  }

  @Test
  @Timeout(20)
  void headersThatNeverComeEndAtTheDeadline() throws Exception {
    try (FaultyServer server = new FaultyServer(out -> Thread.sleep(60_000))) {
      var e = assertThrows(ApiTimeoutException.class, () -> client(server.baseUrl()).get("/patients"));
      assertTrue(e.getMessage().contains("timeout"), e.getMessage());
    }
  }

  @Test
  @Timeout(20)
  void anEndlessBodyStopsAtTheSizeLimit() throws Exception {
    byte[] chunk = ("2000\r\n" + "x".repeat(0x2000) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    try (FaultyServer server = new FaultyServer(out -> {
      FaultyServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
      while (true) {
        out.write(chunk);
      }
    })) {
      var e = assertThrows(ApiResponseTooLargeException.class,
          () -> client(server.baseUrl(), 256 * 1024, RetryPolicy.none(), new FakeTime()).get("/patients"));
      assertEquals(200, e.status());
      assertTrue(e.getMessage().contains("larger than 262144 bytes, the client's limit (maxResponseBytes)"),
          e.getMessage());
    }
  }

  @Test
  @Timeout(20)
  void anAnnouncedLengthOverTheLimitFailsAtOnce() throws Exception {
    try (FaultyServer server = new FaultyServer(out -> {
      FaultyServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 209715200\r\n\r\n");
      Thread.sleep(60_000);
    })) {
      var e = assertThrows(ApiResponseTooLargeException.class, () -> client(server.baseUrl()).get("/patients"));
      assertTrue(e.getMessage().contains("maxResponseBytes"), e.getMessage());
    }
  }

  @Test
  @Timeout(20)
  void garbageInsteadOfHttpIsAConnectionFailure() throws Exception {
    try (FaultyServer server = new FaultyServer(out -> FaultyServer.write(out, "\u0000\u0001SSH-2.0-nope\r\n\r\n"))) {
      var e = assertThrows(ApiConnectionException.class, () -> client(server.baseUrl()).get("/patients"));
      assertEquals(0, e.status());
    }
    try (FaultyServer server = new FaultyServer(out -> FaultyServer.write(out,
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n{\"a\": 1]x"))) {
      var e = assertThrows(ApiException.class, () -> client(server.baseUrl()).get("/patients").json());
      assertTrue(e.getMessage().contains("unexpected response"), e.getMessage());
    }
  }

  @Test
  @Timeout(20)
  void aRedirectIsNotSuccess() throws Exception {
    try (FaultyServer server = new FaultyServer(out -> FaultyServer.write(out,
        "HTTP/1.1 301 Moved Permanently\r\nLocation: http://elsewhere.example/api/v1/patients\r\nContent-Length: 0\r\n\r\n"))) {
      var e = assertThrows(ApiException.class, () -> client(server.baseUrl()).get("/patients"));
      assertEquals(301, e.status());
      assertTrue(e.getMessage().contains("redirects to http://elsewhere.example/api/v1/patients"), e.getMessage());
      assertEquals(1, server.requests.get(), "a redirect is neither followed nor retried");
    }
    try (FaultyServer server = new FaultyServer(out -> FaultyServer.write(out,
        "HTTP/1.1 304 Not Modified\r\n\r\n"))) {
      var e = assertThrows(ApiException.class, () -> client(server.baseUrl()).get("/patients"));
      assertEquals(304, e.status());
    }
  }

  @Test
  @Timeout(20)
  void tooManyRequestsWaitsRetryAfterThenSucceeds() throws Exception {
    FakeTime time = new FakeTime();
    try (ScriptedServer server = new ScriptedServer()) {
      server.then(429, Map.of("Retry-After", "2"), "slow down").then(200, "[]");
      HttpTransport transport = client(server.baseUrl(), 1 << 20,
          new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(5), 2.0, 0.5), time);
      assertEquals("[]", transport.get("/patients").text());
      assertEquals(List.of(Duration.ofSeconds(2)), time.realSleeps());
    }
  }

  @Test
  @Timeout(30)
  void aStalledGetIsRetriedWithinEachAttemptsDeadline() throws Exception {
    try (FaultyServer server = new FaultyServer(out -> {
      FaultyServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n[");
      Thread.sleep(60_000);
    })) {
      RetryPolicy twice = new RetryPolicy(2, Duration.ofMillis(10), Duration.ofSeconds(1), 2.0, 0.5);
      assertThrows(ApiTimeoutException.class,
          () -> client(server.baseUrl(), 1 << 20, twice, new FakeTime()).get("/patients"));
      assertEquals(2, server.requests.get());
    }
  }
}
