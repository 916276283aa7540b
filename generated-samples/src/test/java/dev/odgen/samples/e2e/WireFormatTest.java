package dev.odgen.samples.e2e;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The JSON of a row fetched by GET against the documented example response of its resource: the same field
 * names in the same order, each value of the same JSON type and text format (booleans "true"/"false", dates
 * yyyy-MM-dd, date-times yyyy-MM-dd HH:mm:ss, colours r,g,b). Documented differences are listed in
 * {@link WireExceptions} with their reasons.
 */
@EndToEnd
class WireFormatTest {
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
  Stream<DynamicTest> getAnswersAsDocumented() {
    return TheSpec.model().resources().stream()
        .filter(resource -> resource.operation(OperationKind.GET).isPresent())
        .map(resource -> dynamicTest(resource.name(), () -> compare(resource)));
  }

  private static void compare(Resource resource) {
    ReferenceExample example = ReferenceExample.of(resource.name())
        .orElseThrow(() -> new AssertionError("no documented example for " + resource.name()));
    Row row = rows.create(resource);
    JsonNode json = server.api().get(Paths.of(resource, OperationKind.GET, row.id())).expect(200).json();

    List<String> documented = WireExceptions.expectedNames(resource.name(), example.names());
    List<String> shown = new ArrayList<>();
    json.fieldNames().forEachRemaining(shown::add);
    assertEquals(documented, shown, resource.name() + ": field names and order differ from the documented example");

    List<String> problems = new ArrayList<>();
    for (ReferenceExample.DocumentedField field : example.fields()) {
      JsonNode value = json.get(field.name());
      if (value == null) {
        continue;   // left out on purpose (see WireExceptions); the names check above decides
      }
      String problem = difference(field, value);
      Optional<String> gap = WireExceptions.gap(resource.name(), field.name());
      if (gap.isPresent() && problem == null) {
        problems.add(field.name() + " is now written as documented: remove its gap from WireExceptions ("
            + gap.get() + ")");
      } else if (gap.isEmpty() && problem != null) {
        problems.add(problem);
      }
    }
    assertTrue(problems.isEmpty(), () -> resource.name() + ": " + String.join("; ", problems) + "\n  row: " + json);
  }

  /** How a value differs from its documented type and format; null when it does not. */
  private static String difference(ReferenceExample.DocumentedField field, JsonNode value) {
    String type = WireShape.jsonType(value);
    if (!WireShape.typeFits(field.jsonType(), type)) {
      return field.name() + " is " + type + " (" + value + "), documented " + field.jsonType() + " (" + field.example() + ")";
    }
    String format = field.format() != null ? field.format() : WireShape.formatOf(field.example());
    if (value.isTextual() && !WireShape.formatFits(format, value.asText())) {
      return field.name() + " = \"" + value.asText() + "\" is not in the documented format " + format
          + " (example " + field.example() + ")";
    }
    return null;
  }
}
