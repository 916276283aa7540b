package dev.odgen.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the resources of a document odgen did not write: a collection path {@code /things} with an item path
 * {@code /things/{id}}, whose operations answer (or take) a component schema of an object with a numeric id,
 * becomes a resource {@code Things} with entity, table and id. Operations elsewhere belong to the resource whose
 * path is the longest prefix of theirs, or to a resource without a table named after their first path segment.
 */
final class ResourceFinder {

  private final Doc doc;
  private final Catalog catalog;
  private final Map<String, ResourceDraft> resources;

  ResourceFinder(Doc doc, Catalog catalog, Map<String, ResourceDraft> resources) {
    this.doc = doc;
    this.catalog = catalog;
    this.resources = resources;
  }

  void find() {
    JsonNode paths = doc.node("/paths");
    Set<String> names = new HashSet<>();
    for (Iterator<String> it = paths.fieldNames(); it.hasNext();) {
      String collection = it.next();
      if (collection.contains("{")) {
        continue;
      }
      Optional<String> item = itemPath(paths, collection);
      if (item.isEmpty()) {
        continue;
      }
      Optional<String> schema = entitySchema(collection, item.get());
      if (schema.isEmpty() || catalog.entitySchemas.containsKey(schema.get())) {
        continue;
      }
      String param = item.get().substring(item.get().lastIndexOf('{') + 1, item.get().length() - 1);
      JsonNode properties = doc.node(doc.resolve(Doc.schemaPointer(schema.get()))).path("properties");
      String idField = properties.has(param) ? param : properties.has("id") ? "id" : param;
      JsonNode idSchema = properties.has(idField) ? doc.node(doc.resolve(LocatedJson.child(
          LocatedJson.child(doc.resolve(Doc.schemaPointer(schema.get())), "properties"), idField))) : null;
      if (idSchema != null && !Doc.type(idSchema).filter("integer"::equals).isPresent()) {
        continue;  // ids are numbers the database hands out: its operations become actions of a resource without a table
      }
      String segment = collection.substring(collection.lastIndexOf('/') + 1);
      ResourceDraft draft = new ResourceDraft(Names.unique(Names.upperCamel(segment), names));
      String entity = Names.unique(Names.upperCamel(schema.get()), catalog.typeNames);
      draft.head.put("entity", entity);
      draft.head.put("path", collection);
      draft.head.put("table", Names.table(entity));
      draft.head.put("id", idField);
      draft.id = Optional.of(idField);
      draft.entitySchema = schema;
      catalog.entitySchemas.put(schema.get(), draft.name);
      resources.put(draft.name, draft);
    }
  }

  /** The resource an operation at {@code path} belongs to: the longest path prefix, else a new one without a table. */
  static ResourceDraft ownerOf(String path, Map<String, ResourceDraft> resources, Catalog catalog, Doc doc) {
    ResourceDraft best = null;
    for (ResourceDraft draft : resources.values()) {
      String prefix = draft.path();
      if ((path.equals(prefix) || path.startsWith(prefix + "/"))
          && (best == null || prefix.length() > best.path().length())) {
        best = draft;
      }
    }
    if (best != null) {
      return best;
    }
    String segment = path.split("/").length > 1 ? path.split("/")[1] : "root";
    String first = segment.startsWith("{") ? "root" : segment;
    String name = Names.upperCamel(first);
    ResourceDraft existing = resources.get(name);
    if (existing != null) {
      return existing;
    }
    ResourceDraft draft = new ResourceDraft(name);
    draft.head.put("entity", Names.unique(name, catalog.typeNames));
    draft.head.put("path", "/" + first);
    resources.put(name, draft);
    return draft;
  }

  /** Which CRUD operation {@code method} on {@code path} is for {@code owner}, if any. */
  static Optional<String> crudKind(ResourceDraft owner, String path, String method) {
    if (owner.id.isEmpty()) {
      return Optional.empty();
    }
    boolean collection = path.equals(owner.path());
    boolean item = path.startsWith(owner.path() + "/{") && path.indexOf('/', owner.path().length() + 1) < 0
        && path.endsWith("}");
    String kind = switch (method.toLowerCase(Locale.ROOT)) {
      case "get" -> collection ? "list" : item ? "get" : null;
      case "post" -> collection ? "create" : null;
      case "put" -> item ? "update" : null;
      case "delete" -> item ? "delete" : null;
      default -> null;
    };
    return Optional.ofNullable(kind);
  }

  private static Optional<String> itemPath(JsonNode paths, String collection) {
    for (Iterator<String> it = paths.fieldNames(); it.hasNext();) {
      String candidate = it.next();
      if (candidate.startsWith(collection + "/{") && candidate.endsWith("}")
          && candidate.indexOf('/', collection.length() + 1) < 0) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The component schema the family serves: what GET of an item answers, or a list of, or what POST takes. */
  private Optional<String> entitySchema(String collection, String item) {
    for (String[] place : List.of(new String[] {item, "get"}, new String[] {collection, "get"},
        new String[] {collection, "post"}, new String[] {item, "put"})) {
      String operation = LocatedJson.child(LocatedJson.child("/paths", place[0]), place[1]);
      JsonNode node = doc.node(operation);
      if (node.isMissingNode()) {
        continue;
      }
      for (Iterator<String> codes = node.path("responses").fieldNames(); codes.hasNext();) {
        String code = codes.next();
        if (!code.matches("2\\d\\d")) {
          continue;
        }
        String response = doc.resolve(LocatedJson.child(LocatedJson.child(operation, "responses"), code));
        String schema = LocatedJson.child(LocatedJson.child(LocatedJson.child(response, "content"),
            "application/json"), "schema");
        JsonNode schemaNode = doc.node(schema);
        if (Doc.type(schemaNode).filter("array"::equals).isPresent()) {
          schema = LocatedJson.child(schema, "items");
        }
        Optional<String> name = doc.schemaName(schema);
        if (name.isPresent() && doc.node(doc.resolve(Doc.schemaPointer(name.get()))).has("properties")) {
          return name;
        }
      }
    }
    return Optional.empty();
  }
}
