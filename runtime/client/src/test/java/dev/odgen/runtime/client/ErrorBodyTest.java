package dev.odgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.odgen.runtime.testing.Settings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Error answers in either form a server may use become the same exceptions, with what the answer said. */
class ErrorBodyTest {
  private final ScriptedServer server = startServer();

  private static ScriptedServer startServer() {
    try {
      return new ScriptedServer();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpTransport transport() {
    return new HttpTransport(ClientConfig.builder(server.baseUrl()).wire(Settings.WIRE).retry(RetryPolicy.none())
        .connectTimeout(Duration.ofSeconds(2)).build());
  }

  @Test
  void aProblemGivesItsDetailAndFields() {
    server.then(400, Map.of("Content-Type", "application/problem+json"), """
        {"type":"about:blank","title":"Bad Request","status":400,"detail":"AuthorId cannot be set","fields":["AuthorId"]}
        """);
    ApiBadRequestException e = assertThrows(ApiBadRequestException.class, () -> transport().put("/books/1", null));
    assertEquals("AuthorId cannot be set", e.explanation());
    assertEquals(List.of("AuthorId"), e.fields());
    assertEquals("Bad Request", e.body().title());
    assertEquals("about:blank", e.body().type());
  }

  @Test
  void aConflictHasItsOwnException() {
    server.then(409, Map.of("Content-Type", "application/problem+json; charset=utf-8"),
        "{\"title\":\"Conflict\",\"status\":409}");
    ApiConflictException e = assertThrows(ApiConflictException.class, () -> transport().delete("/authors/1"));
    assertEquals("Conflict", e.explanation());  // no detail: the title says it
    assertEquals(List.of(), e.fields());
  }

  @Test
  void plainTextAndBrokenProblemsStayText() {
    server.then(404, "Book not found (BookId 9)");
    assertEquals("Book not found (BookId 9)",
        assertThrows(ApiNotFoundException.class, () -> transport().get("/books/9")).explanation());
    assertEquals("{not json", ErrorBody.of("application/problem+json", "{not json".getBytes(StandardCharsets.UTF_8))
        .explanation());
    assertEquals("x".repeat(2000) + "…", ErrorBody.text("x".repeat(2500)).explanation());
  }
}
