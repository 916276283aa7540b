package dev.odgen.samples.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code docs-examples/examples.json} (see the README beside it) from the test class path. */
final class DocExamples {
  private static final String RESOURCE = "/docs-examples/examples.json";

  private DocExamples() {}

  /** The examples of the given resources, in page order. */
  static List<DocExample> of(Set<String> resources) {
    List<DocExample> examples = new ArrayList<>();
    for (JsonNode section : read()) {
      String resource = section.path("resource").asText(null);
      if (resource == null || !resources.contains(resource)) {
        continue;
      }
      List<String> statuses = new ArrayList<>();
      section.path("documentedStatuses").forEach(s -> statuses.add(s.asText()));
      int position = 0;
      for (JsonNode example : section.path("examples")) {
        position++;
        JsonNode request = example.path("request");
        JsonNode response = example.path("response");
        examples.add(new DocExample(resource, section.path("section").asText(), position,
            request.path("method").asText(), request.path("path").asText(),
            section.path("pathTemplate").isTextual() ? section.path("pathTemplate").asText() : null,
            request.path("body").isMissingNode() || request.path("body").isNull() ? null : request.path("body"),
            response.isObject() && !response.path("body").isNull() ? response.path("body") : null,
            response.path("truncated").asBoolean(false),
            response.path("location").isTextual(),
            List.copyOf(statuses)));
      }
    }
    return examples;
  }

  private static JsonNode read() {
    try (InputStream in = DocExamples.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test class path");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
