package dev.odgen.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Lists longer than two pages: a few busy resources get more than 200 rows through their POST, then are read
 * back with {@code Offset} as a client pages through them: full pages of 100 in id order, no row twice or lost.
 */
@EndToEnd
class PagingVolumeTest {
  private static final List<String> BUSY = List.of("Patients", "Appointments", "ProcedureLogs", "Commlogs");
  private static final int ROWS = 230;

  private static LiveServer server;
  private static RowFactory rows;

  @BeforeAll
  static void start() {
    server = LiveServer.start();
    rows = new RowFactory(server);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> pagesThroughMoreThanTwoHundredRows() {
    return BUSY.stream().map(TheSpec::resource)
        .map(resource -> dynamicTest(resource.name() + ": " + ROWS + " rows in pages of 100", () -> pageThrough(resource)));
  }

  private static void pageThrough(Resource resource) {
    String idField = resource.idField().orElseThrow();
    String path = Paths.of(resource, OperationKind.LIST);
    List<Long> made = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      made.add(rows.post(resource).id());
    }
    Api api = server.api();
    List<Long> seen = new ArrayList<>();
    for (int offset = 0; ; offset += Listing.PAGE_SIZE) {
      List<JsonNode> page = api.get(path, Map.of("Offset", Integer.toString(offset))).expect(200).items();
      seen.addAll(Listing.ids(page, idField));
      if (page.size() < Listing.PAGE_SIZE) {
        break;
      }
      assertTrue(offset < 10 * ROWS, "the list never ends");
    }
    assertTrue(seen.size() >= ROWS, () -> "only " + seen.size() + " rows listed");
    assertEquals(seen.stream().sorted().distinct().toList(), seen, "pages overlap or are out of id order");
    assertTrue(seen.containsAll(made), "rows made are missing from the pages");
    // a page that starts mid-way and a shorter Limit slice the same order
    List<JsonNode> slice = api.get(path, Map.of("Offset", "150", "Limit", "30")).expect(200).items();
    assertEquals(seen.subList(150, 180), Listing.ids(slice, idField), "Offset=150 Limit=30");
    List<JsonNode> unlimited = api.get(path).expect(200).items();
    assertEquals(Listing.PAGE_SIZE, unlimited.size(), "a list without Limit answers one page of 100");
  }
}
