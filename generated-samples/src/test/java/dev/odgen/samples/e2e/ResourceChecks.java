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
import dev.odgen.spec.model.MatchKind;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * The checks of one resource's CRUD operations, one dynamic test each, in the order a client would call
 * them: create, get, list (plain, with each filter, paging), update, delete. The row they share is made by
 * the first check that needs it.
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
      tests.add(test("GET " + op.path(), this::list));
      for (Filter filter : op.filters()) {
        tests.add(test("GET " + op.path() + "?" + filter.param() + " (" + filter.match().specName() + ")",
            () -> filter(filter)));
      }
      tests.add(test("GET " + op.path() + " paged with Offset and Limit", this::paging));
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

  // ---- list

  private void list() {
    Row row = primary();
    Operation list = listOp();
    Map<String, String> query = requiredFilters(row, null);
    Reply first = api.get(list.path(), query);
    if (customFilterNotImplemented(first, query)) {
      return;
    }
    List<JsonNode> items = Listing.all(api, list.path(), query);
    JsonNode shown = Listing.find(items, idField, row.id())
        .orElseThrow(() -> new AssertionError("the list " + query + " lacks row " + row.id()));
    assertIdsAscending(items);
    assertFalse(shown.isEmpty(), "an empty object in the list");
    if (row.stored() != null) {
      // lists may show fewer fields than GET (Patients); those they show must agree
      row.stored().fieldNames().forEachRemaining(name -> {
        if (shown.has(name) && !WireAssert.serverKept(resource, name)) {
          assertTrue(WireAssert.same(row.stored().get(name), shown.get(name)),
              () -> name + ": GET shows " + row.stored().get(name) + ", the list " + shown.get(name));
        }
      });
    }
  }

  private void filter(Filter filter) {
    Row row = primary();
    Operation list = listOp();
    JsonNode value = row.value(filter.field().orElse(filter.param()));
    Map<String, String> query = requiredFilters(row, filter);
    if (filter.match() == MatchKind.CUSTOM) {
      customFilter(list, filter, value, query);
      return;
    }
    Map<String, String> matching = new LinkedHashMap<>(query);
    matching.put(filter.param(), FilterValues.matching(resource, filter, value));
    if (customFilterNotImplemented(api.get(list.path(), matching), matching)) {
      return;
    }
    assertTrue(Listing.find(Listing.all(api, list.path(), matching), idField, row.id()).isPresent(),
        () -> "row " + row.id() + " with " + filter.param() + " = " + value + " is missing from the list " + matching);
    Map<String, String> other = new LinkedHashMap<>(query);
    other.put(filter.param(), FilterValues.nonMatching(resource, filter, value));
    assertTrue(Listing.find(Listing.all(api, list.path(), other), idField, row.id()).isEmpty(),
        () -> "row " + row.id() + " with " + filter.param() + " = " + value + " is in the list " + other);
  }

  /**
   * A custom filter means what the application makes it mean: the server answers a list when the application
   * implements it, otherwise 400 naming the parameter. Never anything else.
   */
  private void customFilter(Operation list, Filter filter, JsonNode value, Map<String, String> query) {
    Map<String, String> withFilter = new LinkedHashMap<>(query);
    withFilter.put(filter.param(), value != null ? value.asText() : sample(filter));
    Reply reply = api.get(list.path(), withFilter);
    if (reply.status() == 400) {
      reply.expectError(400, filter.param());
    } else {
      reply.expect(200).items();
    }
  }

  private static String sample(Filter filter) {
    switch (filter.type().kind()) {
      case BOOL:
        return "true";
      case STRING:
      case TEXT:
        return "a";
      default:
        return "1";
    }
  }

  /** True (after checking the answer) when a required custom filter stops the list: 400 naming it. */
  private boolean customFilterNotImplemented(Reply reply, Map<String, String> query) {
    Optional<Filter> custom = listOp().filters().stream()
        .filter(f -> f.match() == MatchKind.CUSTOM && query.containsKey(f.param()))
        .findFirst();
    if (custom.isPresent() && reply.status() == 400) {
      reply.expectError(400, custom.get().param());
      return true;
    }
    reply.expect(200);
    return false;
  }

  private void paging() {
    Row row = primary();
    Operation list = listOp();
    Map<String, String> query = requiredFilters(row, null);
    if (customFilterNotImplemented(api.get(list.path(), query), query)) {
      return;
    }
    while (Listing.all(api, list.path(), query).size() < 3) {
      rows.create(resource);
    }
    List<Long> all = Listing.ids(Listing.all(api, list.path(), query), idField);
    for (int offset = 0; offset < 3; offset++) {
      List<JsonNode> page = api.get(list.path(), with(query, "Offset", offset, "Limit", 1)).expect(200).items();
      assertEquals(List.of(all.get(offset)), Listing.ids(page, idField), "Limit=1 Offset=" + offset);
    }
    List<JsonNode> two = api.get(list.path(), with(query, "Offset", 1, "Limit", 2)).expect(200).items();
    assertEquals(all.subList(1, 3), Listing.ids(two, idField), "Limit=2 Offset=1");
    List<JsonNode> beyond = api.get(list.path(), with(query, "Offset", all.size(), "Limit", 100)).expect(200).items();
    assertEquals(List.of(), beyond, "a page past the end");
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
        body.set(required.name(), before.get(required.field()));
      }
    }
    body.set(entry.name(), changed);
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
      Map<String, String> query = requiredFilters(row, null);
      Reply reply = api.get(listOp().path(), query);
      if (!customFilterNotImplemented(reply, query)) {
        assertTrue(Listing.find(Listing.all(api, listOp().path(), query), idField, row.id()).isEmpty(),
            "the deleted row is still listed");
      }
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

  private Operation listOp() {
    return resource.operation(OperationKind.LIST).orElseThrow();
  }

  /** The required filters of the list (but {@code except}) with values that keep {@code row}. */
  private Map<String, String> requiredFilters(Row row, Filter except) {
    Map<String, String> query = new LinkedHashMap<>();
    for (Filter filter : listOp().filters()) {
      if (filter.required() && filter != except) {
        JsonNode value = row.value(filter.field().orElse(filter.param()));
        query.put(filter.param(), filter.match() == MatchKind.CUSTOM ? value.asText()
            : FilterValues.matching(resource, filter, value));
      }
    }
    return query;
  }

  private void assertIdsAscending(List<JsonNode> items) {
    List<Long> ids = Listing.ids(items, idField);
    for (int i = 1; i < ids.size(); i++) {
      assertTrue(ids.get(i - 1) < ids.get(i), () -> "ids not in ascending order: " + ids);
    }
  }

  private static Map<String, String> with(Map<String, String> query, String k1, long v1, String k2, long v2) {
    Map<String, String> out = new LinkedHashMap<>(query);
    out.put(k1, Long.toString(v1));
    out.put(k2, Long.toString(v2));
    return out;
  }
}
