package com.example.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.clinic.opendental.client.OpenDentalClient;
import com.example.clinic.opendental.entity.Patient;
import com.sun.net.httpserver.HttpServer;
import dev.odgen.runtime.client.ApiNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the generated client against a stand-in for Open Dental on a local port. */
class PatientDirectoryTest {

  private static final Map<String, String> RESPONSES = Map.of(
      "/api/v1/patients/42", "{\"PatNum\":42,\"LName\":\"Smith\",\"FName\":\"Ann\",\"PriProv\":7,\"Premed\":\"true\"}",
      "/api/v1/providers/7", "{\"ProvNum\":7,\"Abbr\":\"Dr. Jones\"}");

  private final List<String> authHeaders = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private OpenDentalClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      authHeaders.add(exchange.getRequestHeaders().getFirst("Authorization"));
      String body = RESPONSES.get(exchange.getRequestURI().getPath());
      byte[] bytes = (body == null ? "patient not found" : body).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", body == null ? "text/plain" : "application/json");
      exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    client = OpenDentalClient.builder()
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1")
        .developerKey("dev-key")
        .customerKey("customer-key")
        .build();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void describesAPatientThroughTwoGeneratedClients() {
    assertEquals("Ann Smith (Dr. Jones)", new PatientDirectory(client).describe(42));
    assertEquals(List.of("ODFHIR dev-key/customer-key", "ODFHIR dev-key/customer-key"), authHeaders);
  }

  @Test
  void generatedEntityReadsTheWireFormat() {
    Patient patient = client.patients().get(42);

    assertEquals(42, patient.patNum());
    assertEquals(7, patient.priProv());
    assertTrue(patient.premed(), "Open Dental sends booleans as strings");
    assertEquals("", patient.middleI());
  }

  @Test
  void unknownIdIsATypedError() {
    ApiNotFoundException notFound = assertThrows(ApiNotFoundException.class, () -> client.patients().get(1));

    assertEquals(404, notFound.status());
  }
}
