package dev.odgen.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.logging.LogCapture;
import dev.odgen.runtime.testing.Settings;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests the HTTP layer refuses or cannot finish reading get the API's plain-text error, never Jetty's HTML
 * page, an empty body, a 500 or a stack trace in the log.
 */
class ProtocolErrorsTest {
  private static final String AUTH = "Authorization: ODFHIR dev1/cust1\r\n";
  private static ApiServer server;

  @BeforeAll
  static void start() {
    server = ApiServer.builder()
        .basePath("/api/v1")
        .auth(Settings.AUTH, KeyStore.parse("dev1/cust1\n", Settings.AUTH))
        .wire(Settings.WIRE)
        .paging(Settings.PAGING)
        .register(new ApiServerTest.PatientRoutes())
        .host("127.0.0.1")
        .port(0)
        .build()
        .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static String post(String headers, String body) {
    return "POST /api/v1/patients HTTP/1.1\r\nHost: x\r\n" + AUTH + "Content-Type: application/json\r\n" + headers
        + "\r\n" + body;
  }

  @Test
  void eachRefusalIsPlainTextSayingWhatIsWrong() {
    Map<String, Object[]> cases = new LinkedHashMap<>();
    cases.put("body shorter than its Content-Length", new Object[] {post("Content-Length: 100\r\n", "{\"LName\":"),
        400, "the request body ended early"});
    cases.put("chunk size that is not hex", new Object[] {post("Transfer-Encoding: chunked\r\n", "ZZ\r\n{}\r\n0\r\n\r\n"),
        400, "chunked"});
    cases.put("huge chunk size", new Object[] {post("Transfer-Encoding: chunked\r\n", "FFFFFFFFFFFF\r\n{}"),
        400, "the request"});
    cases.put("URI too long", new Object[] {"GET /api/v1/patients?a=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n"
        + AUTH + "\r\n", 414, "URI is longer"});
    cases.put("headers too large", new Object[] {"GET /api/v1/patients HTTP/1.1\r\nHost: x\r\n" + AUTH + "X: "
        + "a".repeat(20_000) + "\r\n\r\n", 431, "headers are larger"});
    for (String method : new String[] {"DELETE", "OPTIONS", "PUT", "PATCH", "FOO"}) {
      // Jetty writes error bodies for GET, POST and HEAD only, unless told otherwise
      cases.put("headers too large on " + method, new Object[] {method + " /api/v1/patients/1 HTTP/1.1\r\nHost: x\r\n"
          + "X: " + "a".repeat(20_000) + "\r\n\r\n", 431, "headers are larger"});
    }
    cases.put("OPTIONS *", new Object[] {"OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n", 404, ""});
    cases.put("HTTP/2 preface on HTTP/1", new Object[] {"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 426, ""});
    cases.put("unknown HTTP version", new Object[] {"GET /api/v1/patients HTTP/9.9\r\nHost: x\r\n\r\n", 505, "HTTP/1.1"});
    cases.put("control character", new Object[] {"\u0000\u0001garbage\r\n\r\n", 400, "character HTTP does not allow"});
    cases.put("no Host", new Object[] {"GET /api/v1/patients HTTP/1.1\r\n" + AUTH + "\r\n", 400, "Host"});
    cases.put("bad percent-escape", new Object[] {"GET /api/v1/patients/%zz HTTP/1.1\r\nHost: x\r\n" + AUTH + "\r\n",
        400, "percent-escape"});
    cases.put("encoded NUL", new Object[] {"GET /api/v1/patients/%00 HTTP/1.1\r\nHost: x\r\n" + AUTH + "\r\n", 400, ""});
    cases.put("two Content-Lengths", new Object[] {post("Content-Length: 2\r\nContent-Length: 3\r\n", "{}"), 400,
        "Content-Length"});
    cases.put("bad percent in the query", new Object[] {"GET /api/v1/patients?Limit=%zz HTTP/1.1\r\nHost: x\r\n" + AUTH
        + "\r\n", 400, "'%zz', which is not a percent-escape"});
    cases.put("query escapes that are not UTF-8", new Object[] {"GET /api/v1/patients?Limit=%FF HTTP/1.1\r\nHost: x\r\n"
        + AUTH + "\r\n", 400, "not UTF-8"});
    try (LogCapture errors = LogCapture.of("dev.odgen.runtime.server")) {
      cases.forEach((name, c) -> {
        RawSocket.Answer answer = RawSocket.send(server.port(), (String) c[0]);
        assertEquals(c[1], answer.status(), name + ": " + answer.head() + "\n" + answer.body());
        assertTrue(answer.header("Content-Type").startsWith("text/plain"), name + ": " + answer.head());
        assertFalse(answer.body().isBlank(), name + ": empty body");
        assertFalse(answer.body().contains("<"), name + ": " + answer.body());
        assertTrue(answer.body().contains((String) c[2]), name + ": " + answer.body());
      });
      // a 500 would log "failed (ref ...)" with its stack trace
      assertTrue(errors.lines().stream().noneMatch(l -> l.contains("failed (ref")), errors.lines().toString());
    }
  }
}
