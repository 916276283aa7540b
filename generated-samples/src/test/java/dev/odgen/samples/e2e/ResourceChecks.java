package dev.odgen.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * The checks of one resource's CRUD operations, one dynamic test each, in the order a client would call
 * them: create, get, list (plain, with each filter, paging: {@link ListChecks}), update, delete. The row they
 * share is made by the first check that needs it.
 */
final class ResourceChecks {
  private final Resource resource;
  private final RowFactory rows;
  private final Api api;
  private final String idField;
  private Row primary;

  ResourceChecks(Resource resource, RowFactory rows, Api api) {
    this.resource = resource;
    this.rows = rows;
    this.api = api;
    this.idField = resource.idField().orElseThrow();
  }

  List<DynamicTest> tests() {
    List<DynamicTest> tests = new ArrayList<>();
    resource.operation(OperationKind.CREATE).ifPresent(op -> tests.add(test("POST " + op.path(), this::create)));
    resource.operation(OperationKind.GET).ifPresent(op -> tests.add(test("GET " + op.path(), this::get)));
    resource.operation(OperationKind.LIST).ifPresent(op -> {
      ListChecks lists = new ListChecks(resource, rows, api, this::primary);
      tests.add(test("GET " + op.path(), lists::list));
      for (Filter filter : op.filters()) {
        tests.add(test("GET " + op.path() + "?" + filter.param() + " (" + filter.match().specName() + ")",
            () -> lists.filter(filter)));
      }
      tests.add(test("GET " + op.path() + " paged with Offset and Limit", lists::paging));
    });
    resource.operation(OperationKind.UPDATE).ifPresent(op -> tests.add(test("PUT " + op.path(), this::update)));
    resource.operation(OperationKind.DELETE).ifPresent(op -> tests.add(test("DELETE " + op.path(), this::delete)));
    return tests;
  }

  private DynamicTest test(String name, Executable check) {
    return dynamicTest(name, KnownBugs.guard(resource.name() + ": " + name, check));
  }

  // ---- create

  private void create() {
    ObjectNode body = rows.createBody(resource, rows.nextSeed());
    Reply reply = api.post(Paths.of(resource, OperationKind.CREATE), body.toString());
    Row row = RowFactory.posted(resource, body, reply);
    assertTrue(row.id() > 0, () -> "no id in " + reply.body());
    if (reply.status() == 201) {
      String location = reply.header("Location");
      String itemPath = Paths.of(resource, OperationKind.CREATE) + "/" + row.id();
      assertTrue(location != null && location.endsWith(itemPath), () -> "Location " + location + " should end with " + itemPath);
    }
    WireAssert.showsSent("POST answer", row.sent(), row.stored());
    primary = row;
  }

  // ---- get

  private void get() {
    Row row = primary();
    JsonNode json = api.get(Paths.of(resource, OperationKind.GET, row.id())).expect(200).json();
    assertEquals(row.id(), json.path(idField).asLong(), () -> "GET answered another row: " + json);
    WireAssert.showsSent("GET answer", row.sent(), json);
    if (row.stored() != null) {
      WireAssert.sameExcept("GET answer vs the row as created", row.stored(), json, n -> WireAssert.serverKept(resource, n));
    }
  }

  // ---- update

  private void update() {
    Row row = primary();
    Operation update = resource.operation(OperationKind.UPDATE).orElseThrow();
    BodyField entry = fieldToChange(update);
    Field field = resource.field(entry.field()).orElseThrow();
    String path = Paths.of(resource, OperationKind.UPDATE, row.id());
    JsonNode before = current(row);
    JsonNode was = before.get(field.name());
    assertNotNull(was, () -> field.name() + " is not in the row " + before);
    JsonNode changed = field.kind() == FieldType.REF
        ? JsonNodeFactory.instance.numberNode(rows.create(TheSpec.resource(field.type().ref().orElseThrow())).id())
        : SampleValues.changed(field, was);
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    for (BodyField required : update.body()) {
      if (required.required()) {
        Field requiredField = resource.field(required.field()).orElseThrow();
        body.set(required.name(), SampleValues.toBody(required, requiredField, before.get(required.field())));
      }
    }
    body.set(entry.name(), SampleValues.toBody(entry, field, changed));
    JsonNode after = api.put(path, body.toString()).expect(update.status()).json();
    assertTrue(WireAssert.same(changed, after.get(field.name())),
        () -> field.name() + " was sent as " + changed + " but is " + after.get(field.name()));
    WireAssert.sameExcept("PUT " + body + " changed other fields", before, after,
        name -> name.equals(field.name()) || WireAssert.serverKept(resource, name)
            || resource.field(name).map(f -> WireAssert.derivedFrom(f, field.name())).orElse(false));
    if (resource.operation(OperationKind.GET).isPresent()) {
      JsonNode again = api.get(Paths.of(resource, OperationKind.GET, row.id())).expect(200).json();
      WireAssert.sameExcept("GET after PUT", after, again, name -> WireAssert.serverKept(resource, name));
    }
  }

  /**
   * A field of the update to change: an optional one before a required one; a plain string where there is one,
   * then other values, then refs.
   */
  private BodyField fieldToChange(Operation update) {
    Comparator<BodyField> preferred = Comparator.comparing((BodyField entry) -> entry.required())
        .thenComparing(entry -> {
          FieldType kind = resource.field(entry.field()).orElseThrow().kind();
          return kind == FieldType.STRING || kind == FieldType.TEXT ? 0 : kind == FieldType.REF ? 2 : 1;
        });
    return update.body().stream()
        .filter(entry -> {
          FieldType kind = resource.field(entry.field()).orElseThrow().kind();
          return kind != FieldType.ID && kind != FieldType.TIMESTAMP && kind != FieldType.MODEL;
        })
        .min(preferred)
        .orElseThrow(() -> new AssertionError(resource.name() + ": the update takes no field this suite can change"));
  }

  /** The row as the server shows it now: by GET, else as found in its list, else as it was made. */
  private JsonNode current(Row row) {
    if (resource.operation(OperationKind.GET).isPresent()) {
      return api.get(Paths.of(resource, OperationKind.GET, row.id())).expect(200).json();
    }
    assertNotNull(row.stored(), "the API can show the row neither by GET nor in a list");
    return row.stored();
  }

  // ---- delete

  private void delete() {
    Row row = rows.create(resource);
    Operation delete = resource.operation(OperationKind.DELETE).orElseThrow();
    String path = Paths.of(resource, OperationKind.DELETE, row.id());
    api.delete(path).expect(delete.status());
    if (resource.operation(OperationKind.GET).isPresent()) {
      api.get(Paths.of(resource, OperationKind.GET, row.id())).expectError(404, Long.toString(row.id()));
    }
    if (resource.operation(OperationKind.LIST).isPresent()) {
      boolean listed = new ListChecks(resource, rows, api, () -> row).holds(row).orElse(false);
      assertFalse(listed, "the deleted row is still listed");
    }
    api.delete(path).expectError(404, Long.toString(row.id()));
  }

  // ---- helpers

  private Row primary() {
    if (primary == null) {
      primary = rows.create(resource);
    }
    return primary;
  }
}
