package dev.odgen.samples.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.odgen.samples.app.ApiKeys;
import dev.odgen.spec.SpecLoader;
import dev.odgen.spec.model.ApiModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Sends every documented example request of a set of resources to a replay server and checks each answer: the
 * documented status ({@link DocExample#expectedStatus()}), then the documented response's keys and value forms
 * ({@link ShapeCheck}). Deletes go last, so a documented DELETE does not take away a row a later example of
 * another section reads; otherwise page order.
 */
final class ReplayRun {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AUTHORIZATION =
      "ODFHIR " + ApiKeys.DEMO_DEVELOPER_KEY + "/" + ApiKeys.DEMO_CUSTOMER_KEY;

  private final ReplayServer server;
  private final RequestMapper mapper;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  ReplayRun(ReplayServer server) {
    this.server = server;
    this.mapper = new RequestMapper(spec(), server.ids(), Picks.load());
  }

  /** Replays the examples of {@code resources} and reports them against the exceptions file. */
  static ReplayReport replay(Set<String> resources, ReplayServer server) {
    List<DocExample> examples = new ArrayList<>(DocExamples.of(resources));
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no documented example of " + resources);
    }
    examples.sort(Comparator.comparing(e -> e.method().equals("DELETE")));
    ReplayRun run = new ReplayRun(server);
    List<Outcome> outcomes = new ArrayList<>();
    for (DocExample example : examples) {
      outcomes.add(run.send(example));
    }
    return new ReplayReport(resources, outcomes, ReplayExceptions.load());
  }

  Outcome send(DocExample example) {
    MappedRequest request;
    try {
      request = mapper.map(example);
    } catch (IllegalStateException e) {
      // a pick that finds no row: this example cannot be sent as meant, the others still can
      request = new MappedRequest(example.method(), example.path(), null, "");
      return new Outcome(example, request, 0, List.of("not sent: " + e.getMessage()));
    }
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.baseUrl() + request.pathAndQuery()))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", AUTHORIZATION);
    if (request.body() != null) {
      builder.header("Content-Type", "application/json")
          .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body()));
    } else {
      builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response;
    try {
      response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return new Outcome(example, request, 0, List.of("no answer: " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while replaying " + example.key(), e);
    }
    return new Outcome(example, request, response.statusCode(), check(example, response));
  }

  private static List<String> check(DocExample example, HttpResponse<String> response) {
    List<String> problems = new ArrayList<>();
    int expected = example.expectedStatus();
    if (response.statusCode() != expected) {
      problems.add("status " + response.statusCode() + ", documented " + expected + ": " + excerpt(response.body()));
      return problems;
    }
    if (example.responseBody() == null) {
      return problems;
    }
    JsonNode actual;
    try {
      actual = JSON.readTree(response.body());
    } catch (JsonProcessingException e) {
      problems.add("the answer is not JSON: " + excerpt(response.body()));
      return problems;
    }
    problems.addAll(ShapeCheck.differences(example.responseBody(), actual));
    return problems;
  }

  private static String excerpt(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
    return flat.length() > 160 ? flat.substring(0, 157) + "..." : flat;
  }

  private static ApiModel spec() {
    Path dir = Path.of(System.getProperty("odgen.spec.dir", "../spec/opendental"));
    try {
      return SpecLoader.load(dir, dir.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the spec at " + dir.toAbsolutePath(), e);
    }
  }
}
