package dev.odgen.spec.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Open Dental facts the spec is checked against: the per-resource API files and the table
 * data, found through the {@code odgen.reference.dir} system property that the build sets.
 */
final class ReferenceFacts {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;

  private ReferenceFacts(Path dir) {
    this.dir = dir;
  }

  static ReferenceFacts fromSystemProperty() {
    String dir = System.getProperty("odgen.reference.dir", "src/test/reference/opendental");
    return new ReferenceFacts(Path.of(dir));
  }

  static Path specDirFromSystemProperty() {
    return Path.of(System.getProperty("odgen.spec.dir", "../spec/opendental"));
  }

  /** The resource names of resources.txt, in file order. */
  List<String> resourceNames() {
    try {
      List<String> names = new ArrayList<>();
      for (String line : Files.readAllLines(dir.resolve("resources.txt"))) {
        if (!line.isBlank()) {
          names.add(line.trim().split("\\s+")[0]);
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode api(String resource) {
    return read(dir.resolve("api").resolve(resource + ".json"));
  }

  JsonNode tables() {
    return read(dir.resolve("tables.json"));
  }

  /** Leaf names of a response-field list; containers with nested fields or items are walked into. */
  static Set<String> leafNames(JsonNode fields) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode field : fields) {
      boolean container = field.has("fields") || field.has("items");
      if (container) {
        names.addAll(leafNames(field.has("fields") ? field.get("fields") : field.get("items")));
      } else {
        names.add(field.get("name").asText());
      }
    }
    return names;
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference file " + file, e);
    }
  }
}
