package dev.odgen.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.spec.SpecLoader;
import dev.odgen.spec.diag.SpecException;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.yaml.SpecSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code odgen import}: reads an OpenAPI 3.0 or 3.1 document (JSON or YAML), checks it with the reference parser,
 * maps it to spec files and loads those with the spec loader, all in memory. Every problem carries the document's
 * JSON pointer and line; a document that cannot be imported gives no files at all.
 */
public final class OpenApiImporter {

  private OpenApiImporter() {}

  /**
   * The spec {@code text} stands for.
   *
   * @param documentName how problems name the document (its path as given)
   * @throws ImportException when the document is invalid or unsupported, or its spec would not load
   */
  public static ImportResult importDocument(String text, String documentName) throws ImportException {
    LocatedJson json = LocatedJson.parse(text, documentName);
    Doc doc = new Doc(json);
    checkVersion(json, documentName);
    doc.problems().addAll(ParserCheck.problems(text, json));
    if (!doc.problems().isEmpty()) {
      throw new ImportException(documentName, doc.problems());
    }
    Unmapped unmapped = new Unmapped();
    int copied = json.root().path(dev.odgen.codegen.openapi.Extensions.EXCLUSIONS).size();
    Map<String, Object> content = new SpecMapper(doc, unmapped).map();
    if (!doc.problems().isEmpty()) {
      throw new ImportException(documentName, doc.problems());
    }
    Map<String, String> files = new LinkedHashMap<>();
    content.forEach((path, map) -> files.put(path, SpecYaml.write(map, List.of())));
    if (!unmapped.exclusions.isEmpty() || !unmapped.notes.isEmpty()) {
      List<String> comments = new ArrayList<>();
      if (!unmapped.notes.isEmpty()) {
        comments.add("Not mapped, and not expressible as exclusion entries:");
        unmapped.notes.forEach(n -> comments.add("- " + n));
      }
      Object body = unmapped.exclusions.isEmpty() ? Map.of("exclusions", List.of())
          : Map.of("exclusions", unmapped.exclusions);
      files.put("exclusions.yaml", SpecYaml.write(body, comments));
    }
    ApiModel model = load(files, documentName);
    List<String> leftOut = new ArrayList<>(unmapped.notes);
    unmapped.exclusions.stream().skip(copied).forEach(e -> leftOut.add(describe(e)));
    return new ImportResult(files, model.resources().size(), model.fieldCount(), model.endpointCount(),
        model.enums().size(), leftOut);
  }

  /** The spec files, loaded and checked as {@code odgen validate} would. */
  private static ApiModel load(Map<String, String> files, String documentName) throws ImportException {
    List<SpecSource> sources = files.entrySet().stream().map(e -> new SpecSource(e.getKey(), e.getValue())).toList();
    try {
      return SpecLoader.load(sources, "spec");
    } catch (SpecException e) {
      throw new ImportException(documentName, List.of(new ImportProblem("", 0, 0,
          "the spec made from it does not load (a limit of the importer; please report):\n" + e.render().strip())));
    }
  }

  private static void checkVersion(LocatedJson json, String documentName) throws ImportException {
    JsonNode root = json.root();
    if (!root.isObject()) {
      throw new ImportException(documentName, List.of(json.problem("", "an OpenAPI document is a JSON object")));
    }
    if (root.has("swagger")) {
      throw new ImportException(documentName, List.of(json.problem("/swagger", "Swagger "
          + root.get("swagger").asText() + " is not supported: convert the document to OpenAPI 3 first")));
    }
    String version = root.path("openapi").asText("");
    if (version.isEmpty()) {
      throw new ImportException(documentName, List.of(json.problem("", "no 'openapi' version: this is not an"
          + " OpenAPI document")));
    }
    if (!version.matches("3\\.[01](\\.\\d+)?")) {
      throw new ImportException(documentName, List.of(json.problem("/openapi", "OpenAPI " + version
          + " is not supported: use 3.0 or 3.1")));
    }
  }

  private static String describe(Map<String, Object> exclusion) {
    StringBuilder text = new StringBuilder(String.valueOf(exclusion.get("resource")));
    if (exclusion.containsKey("endpoint")) {
      text.append(" ").append(exclusion.get("endpoint"));
    }
    for (String key : List.of("queryParam", "bodyField", "responseField")) {
      if (exclusion.containsKey(key)) {
        text.append(" ").append(key).append(" ").append(exclusion.get(key));
      }
    }
    return text.append(": ").append(exclusion.get("reason")).toString();
  }
}
