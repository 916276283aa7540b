package dev.odgen.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads whole lists the way a client must: page by page with {@code Offset} until a page is not full. */
final class Listing {
  static final int PAGE_SIZE = 100;
  /** Guards against a server that never ends a list. */
  private static final int MAX_PAGES = 50;

  private Listing() {}

  /** Every item of the list at {@code path} with {@code query}; asserts 200 and pages of at most 100. */
  static List<JsonNode> all(Api api, String path, Map<String, String> query) {
    List<JsonNode> out = new ArrayList<>();
    for (int page = 0; page < MAX_PAGES; page++) {
      Map<String, String> withOffset = new LinkedHashMap<>(query);
      withOffset.put("Offset", Integer.toString(out.size()));
      List<JsonNode> items = api.get(path, withOffset).expect(200).items();
      assertTrue(items.size() <= PAGE_SIZE, () -> path + " answered a page of " + items.size() + " items");
      out.addAll(items);
      if (items.size() < PAGE_SIZE) {
        return out;
      }
    }
    throw new AssertionError(path + " answered more than " + MAX_PAGES + " full pages");
  }

  /** The item whose {@code idField} is {@code id}, if the list holds it. */
  static Optional<JsonNode> find(List<JsonNode> items, String idField, long id) {
    return items.stream().filter(i -> i.path(idField).asLong(-1) == id).findFirst();
  }

  static List<Long> ids(List<JsonNode> items, String idField) {
    return items.stream().map(i -> i.path(idField).asLong(-1)).toList();
  }
}
