package dev.odgen.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.odgen.runtime.testing.Settings;
import dev.odgen.runtime.wire.AuthSettings;
import dev.odgen.runtime.wire.WireFormatException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server whose API chose problem+json errors and a bearer token: every refusal, the server's own (auth, unknown
 * path, wrong method) and the handlers', comes as RFC 9457 JSON naming the fields at fault.
 */
class ErrorFormatTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ApiServer server;

  @BeforeAll
  static void start() {
    RouteRegistrar routes = r -> {
      r.post("/books", req -> {
        BadRequestException.rejectExtraFields(req.body().fieldNames(), List.of("Title"), List.of("BookId", "Title",
            "AuthorId"), "POST /books");
        BadRequestException.requireAll(req.body().has("Title") ? List.of() : List.of("Title"));
        return ApiResponse.ok();
      });
      r.get("/books/{BookId}", req -> {
        throw new WireFormatException("BookId", "BookId: 'x' is not a whole number");
      });
      r.delete("/books/{BookId}", req -> {
        throw new ConflictException("Book 1 is still referred to by 2 Loans (BookId)");
      });
      r.put("/books/{BookId}", req -> {
        throw new RuntimeException(new SQLIntegrityConstraintViolationException(
            "Cannot add or update a child row: a foreign key constraint fails", "23000", 1452));
      });
    };
    server = ApiServer.builder()
        .basePath("/api")
        .wire(Settings.WIRE)
        .paging(Settings.PAGING)
        .auth(AuthSettings.bearer(), KeyStore.ofKeys("secret"))
        .errors(ErrorFormat.PROBLEM)
        .register(routes)
        .host("127.0.0.1")
        .port(0)
        .build()
        .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void missingFieldsAndFieldsTheCallDoesNotTakeAreNamed() throws Exception {
    HttpResponse<String> r = send("POST", "/books", "{\"AuthorId\":5,\"Colour\":\"red\"}", "Bearer secret");
    assertEquals(400, r.statusCode());
    assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElseThrow());
    JsonNode problem = JSON.readTree(r.body());
    assertEquals("about:blank", problem.get("type").asText());
    assertEquals("Bad Request", problem.get("title").asText());
    assertEquals(400, problem.get("status").asInt());
    assertEquals("AuthorId cannot be set by POST /books; it takes Title\n"
        + "Colour is not a field of POST /books; it takes Title", problem.get("detail").asText());
    assertEquals("[\"AuthorId\",\"Colour\"]", problem.get("fields").toString());

    JsonNode missing = JSON.readTree(send("POST", "/books", "{}", "Bearer secret").body());
    assertEquals("Title is required", missing.get("detail").asText());
    assertEquals("[\"Title\"]", missing.get("fields").toString());
  }

  @Test
  void aBodyOfThousandsOfStrayFieldsGetsAnAnswerOfBoundedSize() throws Exception {
    StringBuilder body = new StringBuilder("{\"Title\":\"x\"");
    for (int i = 0; i < 5000; i++) {
      body.append(",\"f").append(i).append("\":1");
    }
    HttpResponse<String> r = send("POST", "/books", body.append('}').toString(), "Bearer secret");
    assertEquals(400, r.statusCode());
    JsonNode problem = JSON.readTree(r.body());
    assertEquals(20, problem.get("fields").size());
    assertTrue(problem.get("detail").asText().endsWith("\nand 4980 more fields the call does not take"),
        problem.get("detail").asText());
    assertTrue(r.body().length() < 4000, "answer of " + r.body().length() + " characters");
  }

  @Test
  void aValueOfTheWrongFormNamesItsField() throws Exception {
    JsonNode problem = JSON.readTree(send("GET", "/books/x", null, "Bearer secret").body());
    assertEquals("[\"BookId\"]", problem.get("fields").toString());
  }

  @Test
  void conflictsAndForeignKeyRefusalsAre409() throws Exception {
    HttpResponse<String> conflict = send("DELETE", "/books/1", null, "Bearer secret");
    assertEquals(409, conflict.statusCode());
    JsonNode problem = JSON.readTree(conflict.body());
    assertEquals("Conflict", problem.get("title").asText());
    assertFalse(problem.has("fields"));
    HttpResponse<String> refused = send("PUT", "/books/1", "{}", "Bearer secret");
    assertEquals(409, refused.statusCode());
    assertTrue(JSON.readTree(refused.body()).get("detail").asText().contains("a foreign key constraint fails"));
  }

  @Test
  void theServersOwnRefusalsAreProblemsToo() throws Exception {
    HttpResponse<String> noToken = send("GET", "/books/1", null, null);
    assertEquals(401, noToken.statusCode());
    assertEquals("Bearer", noToken.headers().firstValue("WWW-Authenticate").orElseThrow());
    assertEquals("Authorization header is missing; send 'Authorization: Bearer {token}'",
        JSON.readTree(noToken.body()).get("detail").asText());
    assertEquals("Authorization was not accepted: the token is unknown or disabled",
        JSON.readTree(send("GET", "/books/1", null, "Bearer wrong").body()).get("detail").asText());
    assertEquals(404, JSON.readTree(send("GET", "/nothing", null, "Bearer secret").body()).get("status").asInt());
    HttpResponse<String> wrongMethod = send("PATCH", "/books/1", "{}", "Bearer secret");
    assertEquals(405, wrongMethod.statusCode());
    assertEquals(Set.of("Method Not Allowed"), Set.of(JSON.readTree(wrongMethod.body()).get("title").asText()));
  }

  private static HttpResponse<String> send(String method, String path, String body, String authorization)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
