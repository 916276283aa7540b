package dev.odgen.spec.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts of modelled, excluded and missing items per kind, and the list of missing ones. */
final class CoverageTally {

  private static final List<String> KINDS = List.of("resource", "endpoint", "queryParam", "bodyField", "responseField");

  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private final List<String> missing = new ArrayList<>();

  CoverageTally() {
    KINDS.forEach(k -> counts.put(k, new int[3]));
  }

  void modelled(String kind) {
    counts.get(kind)[0]++;
  }

  void excluded(String kind) {
    counts.get(kind)[1]++;
  }

  void count(String kind, boolean excluded) {
    if (excluded) {
      excluded(kind);
    } else {
      modelled(kind);
    }
  }

  void missing(String kind, String what) {
    counts.get(kind)[2]++;
    missing.add(kind + ": " + what);
  }

  List<String> missingItems() {
    return List.copyOf(missing);
  }

  String report() {
    StringBuilder out = new StringBuilder("spec coverage against the Open Dental reference\n");
    out.append(String.format("  %-14s %9s %9s %8s%n", "kind", "modelled", "excluded", "missing"));
    counts.forEach((kind, c) -> out.append(String.format("  %-14s %9d %9d %8d%n", kind, c[0], c[1], c[2])));
    return out.toString();
  }
}
