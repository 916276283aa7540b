package dev.odgen.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.codegen.openapi.Extensions;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An action's response in spec form: {@code resource}, {@code resourceList}, {@code rows},
 * {@code {resource: X, list: true}}, {@code {model: M}} or none, from {@code x-odgen-response} or from the first
 * success response's JSON schema.
 */
final class ResponseMapper {

  /** The spec's response; absent for none. */
  record Response(Optional<Object> spec) {}

  private final Doc doc;
  private final Catalog catalog;
  private final Unmapped unmapped;

  ResponseMapper(Doc doc, Catalog catalog, Unmapped unmapped) {
    this.doc = doc;
    this.catalog = catalog;
    this.unmapped = unmapped;
  }

  Response map(ResourceDraft owner, String endpoint, String pointer, JsonNode operation, boolean exported) {
    JsonNode declared = operation.get(Extensions.RESPONSE);
    if (exported && declared != null) {
      return fromExtension(owner, declared);
    }
    for (Iterator<String> it = operation.path("responses").fieldNames(); it.hasNext();) {
      String code = it.next();
      if (!code.matches("2\\d\\d")) {
        continue;
      }
      String response = doc.resolve(LocatedJson.child(LocatedJson.child(pointer, "responses"), code));
      JsonNode content = doc.node(response).path("content");
      for (Iterator<String> types = content.fieldNames(); types.hasNext();) {
        String type = types.next();
        if (type.startsWith("application/json") || type.endsWith("+json")) {
          return fromSchema(owner, endpoint, LocatedJson.child(LocatedJson.child(LocatedJson.child(response, "content"),
              type), "schema"));
        }
      }
      if (content.size() > 0) {
        unmapped.note(endpoint + ": answers " + content.fieldNames().next()
            + ", which the spec cannot describe; the action answers no body");
      }
      return new Response(Optional.empty());
    }
    return new Response(Optional.empty());
  }

  private static Response fromExtension(ResourceDraft owner, JsonNode declared) {
    String kind = declared.path("kind").asText();
    String target = declared.path("target").asText("");
    boolean list = declared.path("list").asBoolean(false);
    return switch (kind) {
      case "resource" -> target.equals(owner.name)
          ? new Response(Optional.of(list ? "resourceList" : "resource"))
          : new Response(Optional.of(shape("resource", target, list)));
      case "model" -> new Response(Optional.of(shape("model", target, list)));
      case "rows" -> new Response(Optional.of("rows"));
      default -> new Response(Optional.empty());
    };
  }

  private Response fromSchema(ResourceDraft owner, String endpoint, String schemaPointer) {
    JsonNode schema = doc.node(schemaPointer);
    boolean list = false;
    String single = schemaPointer;
    if (Doc.type(schema).filter("array"::equals).isPresent() && !schema.has("$ref")) {
      list = true;
      single = LocatedJson.child(schemaPointer, "items");
    }
    Optional<String> name = doc.schemaName(single);
    if (name.isPresent() && catalog.entitySchemas.containsKey(name.get())) {
      String resource = catalog.entitySchemas.get(name.get());
      return resource.equals(owner.name)
          ? new Response(Optional.of(list ? "resourceList" : "resource"))
          : new Response(Optional.of(shape("resource", resource, list)));
    }
    String resolved = doc.resolve(single);
    JsonNode target = doc.node(resolved);
    String type = Doc.type(target).orElse(target.has("properties") ? "object" : "");
    if (type.equals("object") && name.isPresent() && target.has("properties")) {
      return new Response(Optional.of(shape("model", catalog.model(name.get(), resolved, owner.name), list)));
    }
    if (type.equals("object") && list) {
      return new Response(Optional.of("rows"));
    }
    unmapped.note(endpoint + ": its response (" + (list ? "a list of " : "") + (type.isEmpty() ? "untyped" : type)
        + (type.equals("object") ? " without a component schema" : "") + ") is not mapped; the action answers no body");
    return new Response(Optional.empty());
  }

  private static Map<String, Object> shape(String key, String target, boolean list) {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put(key, target);
    if (list) {
      shape.put("list", true);
    }
    return shape;
  }
}
