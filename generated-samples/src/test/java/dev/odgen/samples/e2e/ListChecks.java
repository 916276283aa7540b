package dev.odgen.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.MatchKind;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The checks of one resource's list operation: the plain list, each filter with a value the row passes and one it
 * does not, and paging with {@code Offset} and {@code Limit}.
 */
final class ListChecks {
  private final Resource resource;
  private final RowFactory rows;
  private final Api api;
  private final Supplier<Row> primary;
  private final Operation list;
  private final String idField;

  ListChecks(Resource resource, RowFactory rows, Api api, Supplier<Row> primary) {
    this.resource = resource;
    this.rows = rows;
    this.api = api;
    this.primary = primary;
    this.list = resource.operation(OperationKind.LIST).orElseThrow();
    this.idField = resource.idField().orElseThrow();
  }

  /** The plain list (required filters only) holds the row, in id order, showing what GET shows. */
  void list() {
    Row row = primary.get();
    Map<String, String> query = requiredFilters(row, null);
    if (stoppedByCustomFilter(api.get(list.path(), query), query)) {
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

  /** The filter keeps the row for a matching value and leaves it out for another. */
  void filter(Filter filter) {
    Row row = primary.get();
    JsonNode value = row.value(filter.field().orElse(filter.param()));
    Map<String, String> query = requiredFilters(row, filter);
    if (filter.match() == MatchKind.CUSTOM) {
      customFilter(filter, value, query);
      return;
    }
    Map<String, String> matching = new LinkedHashMap<>(query);
    matching.put(filter.param(), FilterValues.matching(resource, filter, value));
    if (stoppedByCustomFilter(api.get(list.path(), matching), matching)) {
      return;
    }
    assertTrue(Listing.find(Listing.all(api, list.path(), matching), idField, row.id()).isPresent(),
        () -> "row " + row.id() + " with " + filter.param() + " = " + value + " is missing from the list " + matching);
    Map<String, String> other = new LinkedHashMap<>(query);
    other.put(filter.param(), FilterValues.nonMatching(resource, filter, value));
    assertTrue(Listing.find(Listing.all(api, list.path(), other), idField, row.id()).isEmpty(),
        () -> "row " + row.id() + " with " + filter.param() + " = " + value + " is in the list " + other);
  }

  /** Pages of one and two rows at offsets 0 to 2 slice the full list; a page past the end is empty. */
  void paging() {
    Row row = primary.get();
    Map<String, String> query = requiredFilters(row, null);
    if (stoppedByCustomFilter(api.get(list.path(), query), query)) {
      return;
    }
    for (int made = 0; Listing.all(api, list.path(), query).size() < 3; made++) {
      assertTrue(made < 5, () -> "5 rows created, still fewer than 3 in the list " + query);
      rows.create(resource);
    }
    List<Long> all = Listing.ids(Listing.all(api, list.path(), query), idField);
    for (int offset = 0; offset < 3; offset++) {
      List<JsonNode> page = api.get(list.path(), with(query, offset, 1)).expect(200).items();
      assertEquals(List.of(all.get(offset)), Listing.ids(page, idField), "Limit=1 Offset=" + offset);
    }
    List<JsonNode> two = api.get(list.path(), with(query, 1, 2)).expect(200).items();
    assertEquals(all.subList(1, 3), Listing.ids(two, idField), "Limit=2 Offset=1");
    List<JsonNode> beyond = api.get(list.path(), with(query, all.size(), 100)).expect(200).items();
    assertEquals(List.of(), beyond, "a page past the end");
  }

  /** Whether the list still holds {@code row}; empty when a custom filter the application leaves out stops the list. */
  Optional<Boolean> holds(Row row) {
    Map<String, String> query = requiredFilters(row, null);
    if (stoppedByCustomFilter(api.get(list.path(), query), query)) {
      return Optional.empty();
    }
    return Optional.of(Listing.find(Listing.all(api, list.path(), query), idField, row.id()).isPresent());
  }

  /**
   * A custom filter means what the application makes it mean: an implemented one answers a list, one the
   * application leaves out 400 naming the parameter ({@link CustomFilters}).
   */
  private void customFilter(Filter filter, JsonNode value, Map<String, String> query) {
    Map<String, String> withFilter = new LinkedHashMap<>(query);
    withFilter.put(filter.param(), CustomFilters.value(resource, filter, value));
    Reply reply = api.get(list.path(), withFilter);
    if (CustomFilters.implemented(resource, filter)) {
      reply.expect(200).items();
    } else {
      reply.expectError(400, filter.param());
    }
  }

  /**
   * True (after checking the answer) when a custom filter the application leaves out is in the query and stops the
   * list: 400 naming it. Otherwise the list must answer 200.
   */
  private boolean stoppedByCustomFilter(Reply reply, Map<String, String> query) {
    Optional<Filter> leftOut = list.filters().stream()
        .filter(f -> f.match() == MatchKind.CUSTOM && query.containsKey(f.param()))
        .filter(f -> !CustomFilters.implemented(resource, f))
        .findFirst();
    if (leftOut.isPresent()) {
      reply.expectError(400, leftOut.get().param());
      return true;
    }
    reply.expect(200);
    return false;
  }

  /** The required filters of the list (but {@code except}) with values that keep {@code row}. */
  private Map<String, String> requiredFilters(Row row, Filter except) {
    Map<String, String> query = new LinkedHashMap<>();
    for (Filter filter : list.filters()) {
      if (filter.required() && filter != except) {
        JsonNode value = row.value(filter.field().orElse(filter.param()));
        query.put(filter.param(), filter.match() == MatchKind.CUSTOM ? value.asText()
            : FilterValues.matching(resource, filter, value));
      } else if (filter != except && isInclusiveSwitch(filter)) {
        // the switches with a default (includeHidden=false, showArchived=false) leave rows out unless turned
        // the other way; these checks are about every row, so they turn them
        query.put(filter.param(), Boolean.toString(!Boolean.parseBoolean(filter.defaultValue().orElseThrow())));
      }
    }
    return query;
  }

  private static boolean isInclusiveSwitch(Filter filter) {
    return filter.match() == MatchKind.CUSTOM && filter.type().kind() == FieldType.BOOL
        && filter.defaultValue().isPresent();
  }

  private void assertIdsAscending(List<JsonNode> items) {
    List<Long> ids = Listing.ids(items, idField);
    for (int i = 1; i < ids.size(); i++) {
      assertTrue(ids.get(i - 1) < ids.get(i), () -> "ids not in ascending order: " + ids);
    }
  }

  private static Map<String, String> with(Map<String, String> query, long offset, long limit) {
    Map<String, String> out = new LinkedHashMap<>(query);
    out.put("Offset", Long.toString(offset));
    out.put("Limit", Long.toString(limit));
    return out;
  }
}
