package dev.odgen.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hostile request suite ({@link HostileProbes}): at least 1,500 crafted requests against the running sample
 * server, on each backend. Every answer must be a status other than 5xx (505 for an HTTP version the server does
 * not speak is fine), what the probe expects, and, when it is an error, in the API's error form: plain text that
 * says what is wrong, no HTML page, no empty body, none of the libraries' internals, no stack trace. Every refused
 * write must leave the tables exactly as they were. Prints the requests sent per category and the statuses seen.
 */
@EndToEnd
class HostileRequestsTest {
  /** What an error body must never show: library internals, stack traces, an HTML page. */
  private static final Pattern INTERNALS = Pattern.compile("jackson|fasterxml|databind|jetty|javalin|hikari|"
      + "StreamReadConstraints|Feature|`|bound as|JsonNode|Exception|\\tat |\\.java:\\d|<html|<body|\\(code \\d+\\)|"
      + "HikariPool|conn\\d+|SQL", Pattern.CASE_INSENSITIVE);

  private static LiveServer server;
  private static Map<Resource, Long> targets;
  private static List<String> tables;
  private static RowFactory rows;

  @BeforeAll
  static void start() {
    server = LiveServer.start();
    rows = new RowFactory(server);
    targets = new LinkedHashMap<>();
    tables = new ArrayList<>();
    for (String name : List.of("Patients", "Appointments", "ProcedureLogs", "Adjustments")) {
      Resource resource = TheSpec.resource(name);
      targets.put(resource, rows.create(resource).id());
      tables.add(resource.table().orElseThrow());
    }
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void noHostileRequestGetsA5xxAnErrorOutsideTheApisFormOrLeavesAWrite() {
    List<HostileProbes.Probe> probes = new HostileProbes(targets, rows).all();
    assertTrue(probes.size() >= 1500, "the suite has " + probes.size() + " requests; the issue asks for 1,500");
    int port = java.net.URI.create(server.baseUrl()).getPort();
    Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int snapshots = 0;
    long start = System.nanoTime();
    for (HostileProbes.Probe probe : probes) {
      String before = probe.writes() ? TableSnapshot.of(server.database(), tables) : null;
      RawExchange.Answer answer = RawExchange.send(port, probe.request(), probe.halfClose());
      statuses.computeIfAbsent(probe.category(), c -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
      String wrong = wrong(probe, answer);
      if (wrong == null && before != null && answer.status() >= 400) {
        snapshots++;
        String after = TableSnapshot.of(server.database(), tables);
        if (!after.equals(before)) {
          wrong = "answered " + answer.status() + " but changed the data";
        }
      }
      if (wrong != null) {
        failures.add("[" + probe.category() + "] " + probe.name() + ": " + wrong + "\n    " + answer.head()
            .replace("\r\n", "\n    ") + "\n    body: " + shorten(answer.body()));
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    StringBuilder figures = new StringBuilder();
    statuses.forEach((category, counts) -> figures.append(String.format("  %-24s %5d requests  statuses %s%n",
        category, counts.values().stream().mapToInt(Integer::intValue).sum(), counts)));
    System.out.printf("HostileRequests on %s: %d requests in %d ms, %d refused writes checked against snapshots, %d"
        + " misbehaved%n%s", Backend.chosen(), probes.size(), millis, snapshots, failures.size(), figures);
    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + probes.size() + " hostile requests misbehaved:\n"
          + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
    }
  }

  /** What is wrong with the answer to {@code probe}, or null. */
  private static String wrong(HostileProbes.Probe probe, RawExchange.Answer answer) {
    int status = answer.status();
    if (status >= 500 && status != 505) {
      return "a server error " + status;
    }
    if (!probe.expect().accepts().test(status)) {
      return "answered " + status + ", expected " + probe.expect().what();
    }
    if (status < 400 || isHead(probe)) {
      return null;
    }
    String type = answer.header("Content-Type");
    if (type == null || !type.startsWith("text/plain")) {
      return "an error body of type " + type + ", not the API's plain text";
    }
    if (answer.body().isBlank()) {
      return "an empty error body";
    }
    if (INTERNALS.matcher(answer.body()).find()) {
      return "an error body that shows internals";
    }
    if (answer.body().length() > 2000) {
      return "an error body of " + answer.body().length() + " characters";
    }
    return null;
  }

  private static boolean isHead(HostileProbes.Probe probe) {
    return probe.name().startsWith("HEAD ");
  }

  private static String shorten(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
