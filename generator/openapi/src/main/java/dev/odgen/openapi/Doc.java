package dev.odgen.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The document being imported: its tree, local {@code $ref}s followed, and the problems found so far (each with
 * its pointer and line). Only references inside the document ({@code #/...}) are followed.
 */
final class Doc {

  private static final String SCHEMAS = "#/components/schemas/";

  private final LocatedJson json;
  private final List<ImportProblem> problems = new ArrayList<>();

  Doc(LocatedJson json) {
    this.json = json;
  }

  JsonNode node(String pointer) {
    return json.at(pointer);
  }

  List<ImportProblem> problems() {
    return problems;
  }

  void problem(String pointer, String message) {
    problems.add(json.problem(pointer, message));
  }

  /**
   * The pointer of what {@code pointer} stands for: itself, or where its {@code $ref} (chain) leads. A reference
   * outside the document or to nothing is a problem; the pointer itself is returned then.
   */
  String resolve(String pointer) {
    String current = pointer;
    for (int hops = 0; hops < 20; hops++) {
      JsonNode node = node(current);
      JsonNode ref = node.get("$ref");
      if (ref == null || !ref.isTextual()) {
        return current;
      }
      String target = ref.asText();
      if (!target.startsWith("#")) {
        problem(LocatedJson.child(current, "$ref"), "external reference '" + target
            + "' is not supported: bundle the document into one file first");
        return current;
      }
      String next = unescapeFragment(target.substring(1));
      if (node(next).isMissingNode()) {
        problem(LocatedJson.child(current, "$ref"), "reference '" + target + "' points at nothing");
        return current;
      }
      current = next;
    }
    problem(pointer, "references go round in a circle");
    return pointer;
  }

  /** The component schema a schema refers to by {@code $ref}, by name. */
  Optional<String> schemaName(String pointer) {
    JsonNode ref = node(pointer).get("$ref");
    if (ref == null || !ref.asText().startsWith(SCHEMAS)) {
      return Optional.empty();
    }
    String name = ref.asText().substring(SCHEMAS.length());
    return name.contains("/") ? Optional.empty()
        : Optional.of(unescapeFragment(name).replace("~1", "/").replace("~0", "~"));
  }

  static String schemaPointer(String name) {
    return LocatedJson.child("/components/schemas", name);
  }

  static Optional<String> text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() || value.isContainerNode() ? Optional.empty() : Optional.of(value.asText());
  }

  /** The JSON Schema {@code type}, also from a 3.1 list such as {@code [string, "null"]}. */
  static Optional<String> type(JsonNode schema) {
    JsonNode type = schema.get("type");
    if (type == null) {
      return Optional.empty();
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (!t.asText().equals("null")) {
          return Optional.of(t.asText());
        }
      }
      return Optional.empty();
    }
    return Optional.of(type.asText());
  }

  /** A URI fragment ({@code /components/schemas/Pet}) as a JSON pointer: percent-escapes decoded. */
  private static String unescapeFragment(String fragment) {
    return java.net.URLDecoder.decode(fragment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
  }
}
