package dev.odgen.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the import could not map, each with its reason: entries of the exclusions file where the spec's exclusion
 * kinds fit (an endpoint, a query parameter, a body field, a response field of a resource), notes otherwise
 * (written as comments at the top of the exclusions file and printed). Nothing is dropped without one of them.
 */
final class Unmapped {

  final List<Map<String, Object>> exclusions = new ArrayList<>();
  final List<String> notes = new ArrayList<>();

  void endpoint(String resource, String endpoint, String reason) {
    add(resource, "endpoint", endpoint, null, null, reason);
  }

  void queryParam(String resource, String endpoint, String name, String reason) {
    add(resource, "endpoint", endpoint, "queryParam", name, reason);
  }

  void bodyField(String resource, String endpoint, String name, String reason) {
    add(resource, "endpoint", endpoint, "bodyField", name, reason);
  }

  void responseField(String resource, String name, String reason) {
    add(resource, null, null, "responseField", name, reason);
  }

  void note(String text) {
    notes.add(text);
  }

  /** How many things the import left out: exclusion entries it made plus notes. */
  int count(int copiedExclusions) {
    return exclusions.size() - copiedExclusions + notes.size();
  }

  private void add(String resource, String endpointKey, String endpoint, String key, String name, String reason) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("resource", resource);
    if (endpoint != null) {
      entry.put(endpointKey, endpoint);
    }
    if (key != null) {
      entry.put(key, name);
    }
    entry.put("reason", reason);
    exclusions.add(entry);
  }
}
