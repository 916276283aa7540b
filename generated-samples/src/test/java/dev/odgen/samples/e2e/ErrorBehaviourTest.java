package dev.odgen.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.MatchKind;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.WireForm;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What the server answers to bad calls: 401 for missing or unknown keys, 404 for unknown ids and paths, 400
 * for bad bodies and parameters, each with a plain-text explanation naming what is wrong, and nothing written.
 * The bad bodies are made from the spec for every create: each required field left out, each enum given an
 * unknown name, each date malformed, each number and boolean given text, each reference pointing nowhere.
 */
@EndToEnd
class ErrorBehaviourTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final long NO_SUCH_ID = 987_654;
  private static final Set<FieldType> NUMBERS =
      EnumSet.of(FieldType.LONG, FieldType.INT, FieldType.BYTE, FieldType.MONEY, FieldType.DOUBLE, FieldType.FLOAT);

  /** Marks a field to leave out of the body rather than to give a bad value. */
  private static final JsonNode LEAVE_OUT = NODES.missingNode();

  private static LiveServer server;
  private static RowFactory rows;
  private static Api api;

  @BeforeAll
  static void start() {
    server = LiveServer.start();
    rows = new RowFactory(server);
    api = server.api();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  // ---- auth

  @Test
  void withoutKeyIs401NamingTheHeader() {
    Reply reply = api.withAuthorization(null).get("/patients").expectError(401, "Authorization");
    assertEquals("ODFHIR", reply.header("WWW-Authenticate"));
  }

  @Test
  void withUnknownKeyIs401() {
    api.withAuthorization("ODFHIR " + LiveServer.DEVELOPER_KEY + "/not-the-customer-key").get("/patients")
        .expectError(401, "Authorization");
    api.withAuthorization("ODFHIR someone/" + LiveServer.CUSTOMER_KEY).post("/patients", "{\"LName\":\"A\",\"FName\":\"B\"}")
        .expectError(401, "Authorization");
  }

  @Test
  void withAnotherSchemeIs401() {
    api.withAuthorization("Bearer " + LiveServer.DEVELOPER_KEY + "/" + LiveServer.CUSTOMER_KEY).get("/patients")
        .expectError(401, "ODFHIR");
  }

  @Test
  void refusedKeyWritesNothing() {
    Resource patients = TheSpec.resource("Patients");
    long before = TableCount.of(server.database(), patients);
    api.withAuthorization("ODFHIR x/y").post("/patients", "{\"LName\":\"A\",\"FName\":\"B\"}").expect(401);
    assertEquals(before, TableCount.of(server.database(), patients));
  }

  // ---- paths, methods, paging

  @Test
  void unknownPathIs404() {
    api.get("/nosuchresources").expectError(404, "/nosuchresources");
  }

  @Test
  void methodTheResourceLacksIs405WithAllow() {
    // Patients has no DELETE
    Reply reply = api.delete("/patients/1").expectError(405, "DELETE");
    assertEquals("GET, PUT", reply.header("Allow"));
  }

  @Test
  void pagingParametersOutOfRangeAre400() {
    api.get("/patients", Map.of("Limit", "101")).expectError(400, "Limit");
    api.get("/patients", Map.of("Limit", "0")).expectError(400, "Limit");
    api.get("/patients", Map.of("Offset", "-1")).expectError(400, "Offset");
    api.get("/patients", Map.of("Offset", "ten")).expectError(400, "Offset");
  }

  @Test
  void bodyThatIsNotAJsonObjectIs400() {
    api.post("/patients", "{\"LName\":").expectError(400, "JSON");
    api.post("/patients", "[]").expectError(400, "object");
    api.put("/patients/1", "\"LName\"").expectError(400, "object");
  }

  @Test
  void idThatIsNotANumberIs400NamingIt() {
    api.get("/patients/abc").expectError(400, "PatNum");
  }

  // ---- 404 for unknown ids, every item operation

  @TestFactory
  Stream<DynamicTest> unknownIdIs404NamingIt() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Resource resource : crudResources()) {
      resource.operation(OperationKind.GET).ifPresent(op -> tests.add(dynamicTest(resource.name() + ": GET " + op.path(),
          () -> api.get(Paths.of(resource, OperationKind.GET, NO_SUCH_ID)).expectError(404, Long.toString(NO_SUCH_ID)))));
      resource.operation(OperationKind.UPDATE).ifPresent(op -> tests.add(dynamicTest(resource.name() + ": PUT " + op.path(),
          () -> api.put(Paths.of(resource, OperationKind.UPDATE, NO_SUCH_ID), validUpdateBody(resource, op).toString())
              .expectError(404, Long.toString(NO_SUCH_ID)))));
      resource.operation(OperationKind.DELETE).ifPresent(op -> tests.add(dynamicTest(resource.name() + ": DELETE " + op.path(),
          () -> api.delete(Paths.of(resource, OperationKind.DELETE, NO_SUCH_ID)).expectError(404, Long.toString(NO_SUCH_ID)))));
    }
    return tests.stream();
  }

  /** A body the update accepts: its required fields with sample values (no reference needs a row: 0 is none). */
  private static ObjectNode validUpdateBody(Resource resource, Operation update) {
    ObjectNode body = NODES.objectNode();
    for (BodyField entry : update.body()) {
      Field field = resource.field(entry.field()).orElseThrow();
      if (entry.required()) {
        body.set(entry.name(), field.kind().isKey() ? NODES.numberNode(0)
            : SampleValues.toBody(entry, field, SampleValues.of(field, 1)));
      }
    }
    if (body.isEmpty() && !update.body().isEmpty()) {
      BodyField any = update.body().get(0);
      Field field = resource.field(any.field()).orElseThrow();
      body.set(any.name(), field.kind().isKey() ? NODES.numberNode(0)
          : SampleValues.toBody(any, field, SampleValues.of(field, 1)));
    }
    return body;
  }

  // ---- 400 for bad create bodies, every create

  @TestFactory
  Stream<DynamicNode> badCreateBodiesAre400NamingTheField() {
    return Stream.of(
        badBodies("missing required field", (field, entry) -> entry.required() ? LEAVE_OUT : null),
        badBodies("unknown enum name", (field, entry) ->
            field.kind() == FieldType.ENUM && entry.wireAs(field) == WireForm.NAME ? NODES.textNode("NoSuchMember") : null),
        badBodies("malformed date", (field, entry) -> field.kind() == FieldType.DATE ? NODES.textNode("2021-02-30")
            : field.kind() == FieldType.DATE_TIME ? NODES.textNode("2021-02-30 10:11:12") : null),
        badBodies("wrong type", (field, entry) -> NUMBERS.contains(field.kind()) ? NODES.textNode("twelve")
            : field.kind() == FieldType.BOOL ? NODES.textNode("maybe")
            : field.kind() == FieldType.COLOR ? NODES.textNode("red")
            : field.kind() == FieldType.INTERVAL ? NODES.textNode("6 months") : null),
        badBodies("reference to a row that does not exist", (field, entry) ->
            field.kind() == FieldType.REF ? NODES.numberNode(NO_SUCH_ID) : null));
  }

  /**
   * One test per create body field {@code badValue} gives a value for (null: the field is not concerned): the
   * valid body with that field spoiled must be refused with 400 naming the field, and nothing written.
   */
  private static DynamicContainer badBodies(String what, BiFunction<Field, BodyField, JsonNode> badValue) {
    List<DynamicTest> tests = new ArrayList<>();
    for (Resource resource : crudResources()) {
      resource.operation(OperationKind.CREATE).ifPresent(create -> {
        for (BodyField entry : create.body()) {
          Field field = resource.field(entry.field()).orElseThrow();
          JsonNode bad = badValue.apply(field, entry);
          if (bad != null) {
            tests.add(dynamicTest(resource.name() + "." + entry.name(), () -> refused(resource, create, entry, bad)));
          }
        }
      });
    }
    return dynamicContainer(what, tests);
  }

  private static void refused(Resource resource, Operation create, BodyField entry, JsonNode bad) {
    ObjectNode body = rows.createBody(resource, rows.nextSeed());
    if (bad == LEAVE_OUT) {
      body.remove(entry.name());
    } else {
      body.set(entry.name(), bad);
    }
    long before = TableCount.of(server.database(), resource);
    api.post(create.path(), body.toString()).expectError(400, entry.name());
    assertEquals(before, TableCount.of(server.database(), resource), "a refused POST wrote a row");
  }

  // ---- 400 for bad filter values, every typed filter

  @TestFactory
  Stream<DynamicTest> badFilterValuesAre400NamingTheParameter() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Resource resource : crudResources()) {
      resource.operation(OperationKind.LIST).ifPresent(list -> {
        for (Filter filter : list.filters()) {
          String bad = badQueryValue(filter);
          if (bad != null && filter.match() != MatchKind.CUSTOM) {
            tests.add(dynamicTest(resource.name() + ": ?" + filter.param() + "=" + bad, () -> {
              Map<String, String> query = new LinkedHashMap<>();
              for (Filter other : list.filters()) {
                if (other.required() && other != filter) {
                  query.put(other.param(), "1");
                }
              }
              query.put(filter.param(), bad);
              api.get(list.path(), query).expectError(400, filter.param());
            }));
          }
        }
      });
    }
    return tests.stream();
  }

  private static String badQueryValue(Filter filter) {
    switch (filter.type().kind()) {
      case ID:
      case REF:
      case LONG:
      case INT:
      case BYTE:
        return "x1";
      case DATE:
        return "2021-13-01";
      case DATE_TIME:
      case TIMESTAMP:
        return "yesterday";
      case BOOL:
        return "perhaps";
      case ENUM:
        return "NoSuchMember";
      default:
        return null;
    }
  }

  private static List<Resource> crudResources() {
    return TheSpec.model().resources().stream().filter(r -> !r.operations().isEmpty()).toList();
  }
}
