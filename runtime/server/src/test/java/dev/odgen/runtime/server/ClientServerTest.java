package dev.odgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.odgen.runtime.server.ApiResponse;
import dev.odgen.runtime.server.ApiServer;
import dev.odgen.runtime.server.KeyStore;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.runtime.server.Page;
import dev.odgen.runtime.server.RouteRegistrar;
import dev.odgen.runtime.testing.Settings;
import dev.odgen.runtime.wire.PagingSettings;
import dev.odgen.runtime.wire.WireReader;
import dev.odgen.runtime.wire.WireWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client base against the server base: the conventions of one must suit the other. */
class ClientServerTest {
  record Patient(long patNum, String lName, LocalDate birthdate) {
    static Patient read(WireReader r) {
      return new Patient(r.getLong("PatNum", 0), r.getString("LName"), r.getDate("Birthdate", null));
    }

    void write(WireWriter w) {
      w.startObject().writeLong("PatNum", patNum).writeString("LName", lName).writeDate("Birthdate", birthdate).endObject();
    }
  }

  private static final Map<Long, Patient> STORE = new ConcurrentSkipListMap<>();
  private static final AtomicLong IDS = new AtomicLong();
  private static ApiServer server;

  @BeforeAll
  static void start() {
    RouteRegistrar patients = r -> r
        .get("/patients/{PatNum}", req -> {
          Patient p = STORE.get(req.pathLong("PatNum"));
          if (p == null) {
            throw new NotFoundException("Patient " + req.pathParam("PatNum") + " not found");
          }
          return ApiResponse.ok(p::write);
        })
        .get("/patients", req -> {
          Page page = req.page();
          List<Patient> all = List.copyOf(STORE.values());
          int from = (int) Math.min(page.offset(), all.size());
          return ApiResponse.okList(all.subList(from, Math.min(from + page.limit(), all.size())), (w, p) -> p.write(w));
        })
        .post("/patients", req -> {
          Patient in = Patient.read(req.body());
          Patient p = new Patient(IDS.incrementAndGet(), in.lName(), in.birthdate());
          STORE.put(p.patNum(), p);
          return ApiResponse.created("/patients/" + p.patNum(), p::write);
        });
    server = ApiServer.builder()
        .basePath("/api/v1")
        .auth(Settings.AUTH, KeyStore.of(List.of(List.of("dev1", "cust1"))))
        .wire(Settings.WIRE)
        .paging(new PagingSettings("Offset", "Limit", 2, 2))
        .register(patients)
        .host("127.0.0.1")
        .port(0)
        .build()
        .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static HttpTransport client(String customerKey) {
    return new HttpTransport(ClientConfig.builder(server.baseUrl())
        .auth(Settings.AUTH, List.of("dev1", customerKey))
        .wire(Settings.WIRE)
        .retry(RetryPolicy.none())
        .build());
  }

  @Test
  void createGetListAndErrors() {
    HttpTransport t = client("cust1");
    Response created = t.post("/patients", new Patient(0, "Smith", LocalDate.of(1976, 3, 14))::write);
    Patient smith = created.object(Patient::read);
    assertEquals(server.baseUrl() + "/patients/" + smith.patNum(), created.location().orElseThrow());
    assertEquals(smith, t.get("/patients/" + smith.patNum()).object(Patient::read));
    for (String name : List.of("B", "C", "D", "E")) {
      t.post("/patients", new Patient(0, name, null)::write);
    }
    Pager<Patient> all = Pager.of(2, offset -> t.get("/patients", t.query().addLong("Offset", offset)).list(Patient::read));
    assertEquals(List.of("Smith", "B", "C", "D", "E"), all.stream().map(Patient::lName).toList());
    assertEquals(null, all.toList().get(1).birthdate());

    var missing = assertThrows(ApiNotFoundException.class, () -> t.get("/patients/999"));
    assertEquals("Patient 999 not found", missing.explanation());
    var bad = assertThrows(ApiBadRequestException.class, () -> t.post("/patients", w -> w.startObject().endObject()));
    assertEquals("LName is required", bad.explanation());
    assertEquals(405, assertThrows(ApiException.class, () -> t.delete("/patients/1")).status());
    var denied = assertThrows(ApiUnauthorizedException.class, () -> client("nobody").get("/patients"));
    assertEquals("Authorization was not accepted: the developerKey and customerKey are unknown or disabled",
        denied.explanation());
  }
}
