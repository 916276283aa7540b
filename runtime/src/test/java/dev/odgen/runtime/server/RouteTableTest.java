package dev.odgen.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTableTest {
  private static final RouteHandler NOOP = req -> ApiResponse.ok();

  @Test
  void fixedSegmentsSortBeforePlaceholdersAndUndeclaredMethodsGet405() {
    RouteTable t = new RouteTable();
    t.get("/patients/{PatNum}", NOOP).put("/patients/{PatNum}", NOOP).get("/patients/Simple", NOOP);
    List<String> order = t.resolved().stream()
        .map(r -> r.method().name() + " " + r.path() + (r.handler() == null ? " 405" : ""))
        .toList();
    assertEquals(
        List.of(
            "GET /patients/Simple",
            "POST /patients/Simple 405",
            "PUT /patients/Simple 405",
            "DELETE /patients/Simple 405",
            "PATCH /patients/Simple 405",
            "GET /patients/{PatNum}",
            "PUT /patients/{PatNum}",
            "POST /patients/{PatNum} 405",
            "DELETE /patients/{PatNum} 405",
            "PATCH /patients/{PatNum} 405"),
        order);
  }

  @Test
  void refusesTheSameRouteTwice() {
    RouteTable t = new RouteTable();
    t.get("/a/{X}", NOOP);
    var e = assertThrows(IllegalArgumentException.class, () -> t.get("/a/{Y}", NOOP));
    assertEquals("route declared twice: GET /a/{Y}", e.getMessage());
  }
}
