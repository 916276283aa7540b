package dev.odgen.samples.replay;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The figures of one replay per resource (examples, answered as documented, listed exceptions) and its verdict:
 * every example is answered as documented or listed with a reason; a listed example that is now answered as
 * documented, or a listed key of these resources that names no example, is a failure too (the list stays true).
 */
final class ReplayReport {
  private final Set<String> resources;
  private final List<Outcome> outcomes;
  private final Map<String, String> exceptions;

  ReplayReport(Set<String> resources, List<Outcome> outcomes, Map<String, String> exceptions) {
    this.resources = new TreeSet<>(resources);
    this.outcomes = List.copyOf(outcomes);
    this.exceptions = exceptions;
  }

  List<Outcome> outcomes() {
    return outcomes;
  }

  /** Prints a line per resource, a total, and each example that is not answered as documented. */
  void print(PrintStream out, String title) {
    out.printf("%s: documented examples replayed%n", title);
    out.printf("  %-20s %8s %12s %10s %8s%n", "resource", "examples", "as documented", "exceptions", "failing");
    int[] total = new int[4];
    for (String resource : resources) {
      int[] row = new int[4];
      for (Outcome outcome : outcomes) {
        if (outcome.example().resource().equals(resource)) {
          row[0]++;
          if (outcome.asDocumented()) {
            row[1]++;
          } else if (exceptions.containsKey(outcome.example().key())) {
            row[2]++;
          } else {
            row[3]++;
          }
        }
      }
      out.printf("  %-20s %8d %12d %10d %8d%n", resource, row[0], row[1], row[2], row[3]);
      for (int i = 0; i < 4; i++) {
        total[i] += row[i];
      }
    }
    out.printf("  %-20s %8d %12d %10d %8d%n", "total", total[0], total[1], total[2], total[3]);
    for (Outcome outcome : outcomes) {
      if (!outcome.asDocumented()) {
        String listed = exceptions.containsKey(outcome.example().key()) ? "  (listed)" : "  FAILING";
        out.printf("%s %s: %s %s%s%n", listed, outcome.example().key(), outcome.request().method(),
            outcome.request().pathAndQuery(), outcome.request().replaced().isEmpty() ? ""
                : " [" + outcome.request().replaced() + "]");
        outcome.problems().forEach(p -> out.printf("      %s%n", p));
      }
    }
  }

  /** What makes the replay fail, one line each; empty when it passes. */
  List<String> failures() {
    List<String> failures = new ArrayList<>();
    Set<String> keys = new TreeSet<>();
    for (Outcome outcome : outcomes) {
      String key = outcome.example().key();
      keys.add(key);
      boolean listed = exceptions.containsKey(key);
      if (!outcome.asDocumented() && !listed) {
        failures.add(key + " (" + outcome.request().method() + " " + outcome.request().pathAndQuery() + "): "
            + String.join("; ", outcome.problems()));
      } else if (outcome.asDocumented() && listed) {
        failures.add(key + " is answered as documented now: remove it from replay/exceptions.txt");
      }
    }
    for (String key : exceptions.keySet()) {
      String resource = key.split(" ", 2)[0];
      if (resources.contains(resource) && !keys.contains(key)) {
        failures.add("replay/exceptions.txt lists " + key + ", which is no documented example");
      }
    }
    return failures;
  }
}
