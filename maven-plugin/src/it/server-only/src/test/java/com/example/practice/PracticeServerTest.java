package com.example.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.practice.opendental.entity.Provider;
import com.example.practice.opendental.server.OpenDentalServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Calls the generated server over HTTP, as any Open Dental API client would. */
class PracticeServerTest {

  private static final String AUTH = "ODFHIR dev/cust";

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static OpenDentalServer server;

  @BeforeAll
  static void start() throws IOException {
    Files.deleteIfExists(Path.of("opendental.mv.db"));   // a fresh database each run
    server = PracticeServer.onDefaultDatabase("dev", "cust").start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void createsAndReadsAProvider() throws Exception {
    HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/providers"))
        .header("Authorization", AUTH)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"Abbr\":\"DrJ\",\"LName\":\"Jones\"}")));
    assertEquals(201, created.statusCode(), created.body());
    assertTrue(created.body().contains("\"ProvNum\":1"), "the only row of a fresh table: " + created.body());

    HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/providers/1")).header("Authorization", AUTH).GET());

    assertEquals(200, read.statusCode(), read.body());
    assertTrue(read.body().contains("\"Abbr\":\"DrJ\""), read.body());
    Provider stored = server.daos().providers().findById(1).orElseThrow();
    assertEquals("Jones", stored.lName());
    assertTrue(Files.isRegularFile(Path.of("opendental.mv.db")), "the default database is an H2 file here");
  }

  @Test
  void unknownPatientIs404() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/patients/999"))
        .header("Authorization", AUTH).GET());

    assertEquals(404, response.statusCode());
  }

  @Test
  void wrongKeysAre401() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/patients"))
        .header("Authorization", "ODFHIR dev/wrong").GET());

    assertEquals(401, response.statusCode());
  }

  private static URI uri(String path) {
    return URI.create(server.baseUrl() + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
