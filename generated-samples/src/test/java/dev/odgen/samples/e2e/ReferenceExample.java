package dev.odgen.samples.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The documented example response of a resource: the {@code responseFields} of {@code api/<Resource>.json} in
 * the reference facts ({@code odgen.reference.dir}), each with its JSON type, format and example value.
 */
record ReferenceExample(String resource, List<DocumentedField> fields) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One documented response field. {@code format} is null, date, date-time, time, bool-string or color. */
  record DocumentedField(String name, String jsonType, String format, JsonNode example, boolean derived) {}

  /** The example of {@code resource}; empty when the reference has no file for it. */
  static Optional<ReferenceExample> of(String resource) {
    Path dir = Path.of(System.getProperty("odgen.reference.dir", "../spec/src/test/reference/opendental"));
    Path file = dir.resolve("api").resolve(resource + ".json");
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      JsonNode root = JSON.readTree(file.toFile());
      List<DocumentedField> fields = new ArrayList<>();
      for (JsonNode f : root.path("responseFields")) {
        fields.add(new DocumentedField(f.path("name").asText(), f.path("jsonType").asText(),
            f.path("format").isTextual() ? f.path("format").asText() : null, f.path("example"),
            f.path("derived").asBoolean(false)));
      }
      return Optional.of(new ReferenceExample(resource, fields));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
    }
  }

  List<String> names() {
    return fields.stream().map(DocumentedField::name).toList();
  }
}
