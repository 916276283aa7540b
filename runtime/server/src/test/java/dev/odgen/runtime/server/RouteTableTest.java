package dev.odgen.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RouteTableTest {
  private static final RouteHandler NOOP = req -> ApiResponse.ok();

  @Test
  void refusesTheSameRouteTwice() {
    RouteTable t = new RouteTable();
    t.get("/a/{X}", NOOP);
    var e = assertThrows(IllegalArgumentException.class, () -> t.get("/a/{Y}", NOOP));
    assertEquals("route declared twice: GET /a/{Y}", e.getMessage());
  }
}
