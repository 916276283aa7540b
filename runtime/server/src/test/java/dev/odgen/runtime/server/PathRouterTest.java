package dev.odgen.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PathRouterTest {
  private static final RouteHandler GET_ONE = req -> ApiResponse.ok();
  private static final RouteHandler PUT_ONE = req -> ApiResponse.ok();
  private static final RouteHandler SIMPLE = req -> ApiResponse.ok();
  private static final RouteHandler BREAK = req -> ApiResponse.ok();
  private static final RouteHandler BY_TWO = req -> ApiResponse.ok();

  private static PathRouter router() {
    RouteTable t = new RouteTable();
    // declared placeholder first, to show the order of declaration does not decide
    t.get("/patients/{PatNum}", GET_ONE).put("/patients/{PatNum}", PUT_ONE).get("/patients/Simple", SIMPLE);
    t.put("/appointments/{AptNum}/Break", BREAK);
    t.get("/{Table}/{Id}/x", BY_TWO);
    return t.router();
  }

  @Test
  void fixedSegmentsWinOverPlaceholdersWhateverTheDeclarationOrder() {
    PathRouter.Match m = router().find("GET", "/patients/Simple");
    assertSame(SIMPLE, m.handler());
    assertEquals(Map.of(), m.params());
  }

  @Test
  void placeholdersCarryTheDecodedSegment() {
    PathRouter r = router();
    assertSame(GET_ONE, r.find("GET", "/patients/12").handler());
    assertEquals(Map.of("PatNum", "12"), r.find("PUT", "/patients/12").params());
    assertEquals(Map.of("PatNum", "a b+c"), r.find("GET", "/patients/a%20b+c").params());
    assertEquals(Map.of("AptNum", "7"), r.find("PUT", "/appointments/7/Break").params());
  }

  @Test
  void aMethodThePathDoesNotDeclareIs405WithWhatItDoesAllow() {
    PathRouter r = router();
    PathRouter.Match onSimple = r.find("PUT", "/patients/Simple");
    assertNull(onSimple.handler());
    assertEquals("/patients/Simple", onSimple.template().path());
    assertEquals(Set.of("GET"), onSimple.template().allowed());
    assertEquals(Set.of("GET", "PUT"), r.find("DELETE", "/patients/3").template().allowed());
  }

  @Test
  void unknownPathsAreNull() {
    PathRouter r = router();
    assertNull(r.find("GET", "/nothing"));
    assertNull(r.find("GET", "/patients/1/2"));
    assertNull(r.find("PUT", "/appointments/7/Mend"));
    assertNull(r.find("GET", "/patients//"));
    assertNull(r.find("GET", ""));
  }

  @Test
  void aTrailingSlashIsIgnoredAndPlaceholderFirstTemplatesAreFound() {
    PathRouter r = router();
    assertSame(SIMPLE, r.find("GET", "/patients/Simple/").handler());
    assertEquals(Map.of("Table", "patients", "Id", "1"), r.find("GET", "/patients/1/x").params());
  }
}
