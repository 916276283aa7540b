package dev.odgen.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.odgen.runtime.jdbc.DataSources;
import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.schema.Dialect;
import dev.odgen.runtime.testing.Settings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A write request answered with an error leaves nothing written: the handler's statements run in one
 * transaction that rolls back when it throws (after writing), when it returns an error status, and when its
 * JSON answer cannot be written.
 */
class WriteTransactionsTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static HikariDataSource pool;
  private static Db db;
  private static ApiServer server;

  @BeforeAll
  static void start() {
    pool = DataSources.h2InMemory("write-transactions");
    db = new Db(pool, Dialect.H2);
    db.update("CREATE TABLE note (id BIGINT AUTO_INCREMENT PRIMARY KEY, text VARCHAR(20))", List.of());
    server = ApiServer.builder()
        .basePath("/api/v1")
        .withoutAuth()
        .wire(Settings.WIRE)
        .paging(Settings.PAGING)
        .register(routes -> routes
            .post("/thrown", request -> {
              db.insert("INSERT INTO note (text) VALUES ('thrown')", List.of());
              throw new BadRequestException("refused after writing");
            })
            .post("/returned", request -> {
              db.insert("INSERT INTO note (text) VALUES ('returned')", List.of());
              return ApiResponse.text(409, "conflict after writing");
            })
            .put("/unwritable", request -> {
              db.insert("INSERT INTO note (text) VALUES ('unwritable')", List.of());
              return ApiResponse.ok(w -> w.startObject().writeDouble("x", Double.NaN).endObject());
            })
            .post("/kept", request -> {
              long id = db.insert("INSERT INTO note (text) VALUES ('kept')", List.of());
              return ApiResponse.created("/kept/" + id, w -> w.startObject().writeLong("id", id).endObject());
            }))
        .transactions(db)
        .host("127.0.0.1")
        .port(0)
        .build()
        .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
    pool.close();
  }

  private static int send(String method, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString("{}"))
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private static List<String> notes() {
    return db.query("SELECT text FROM note ORDER BY id", List.of(), rs -> rs.getString(1));
  }

  @Test
  void anErrorAnswerRollsBackWhatTheRequestWrote() throws Exception {
    assertEquals(400, send("POST", "/thrown"));
    assertEquals(409, send("POST", "/returned"));
    int unwritable = send("PUT", "/unwritable");
    assertTrue(unwritable >= 500, "NaN cannot be written as JSON: " + unwritable);
    assertEquals(201, send("POST", "/kept"));
    assertEquals(List.of("kept"), notes());
  }
}
