package dev.odgen.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.codegen.openapi.Extensions;
import dev.odgen.openapi.TypeMapper.Mapped;
import dev.odgen.openapi.TypeMapper.Use;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the document's resources, operations, models and enums to spec form. With the extensions odgen's export
 * writes, every fact is read back as it was; without them, resources are found by their path families and
 * everything else is read from plain OpenAPI, and what cannot be mapped is recorded with its reason.
 */
final class SpecMapper {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
      "trace");
  private static final List<String> FILTER_TYPE_KEYS = List.of("type", "ref", "enum", "values");

  private final Doc doc;
  private final Catalog catalog = new Catalog();
  private final TypeMapper types;
  private final Unmapped unmapped;
  private final Map<String, ResourceDraft> resources = new LinkedHashMap<>();
  private final boolean exported;
  private String[] paging;
  private boolean rfcDateTimes;

  SpecMapper(Doc doc, Unmapped unmapped) {
    this.doc = doc;
    this.unmapped = unmapped;
    this.types = new TypeMapper(doc, catalog);
    this.exported = doc.node("/info").has(Extensions.API);
  }

  /** The files of the spec, by relative path, as plain maps. */
  Map<String, Object> map() {
    copyExclusions();
    if (exported) {
      resourcesFromTags();
    } else {
      new ResourceFinder(doc, catalog, resources).find();
    }
    resources.values().forEach(this::fields);
    JsonNode paths = doc.node("/paths");
    for (Iterator<String> it = paths.fieldNames(); it.hasNext();) {
      String path = it.next();
      String pathPointer = LocatedJson.child("/paths", path);
      JsonNode item = doc.node(doc.resolve(pathPointer));
      for (Iterator<String> methods = item.fieldNames(); methods.hasNext();) {
        String method = methods.next();
        if (METHODS.contains(method)) {
          operation(path, method, LocatedJson.child(pathPointer, method), item.get(method));
        }
      }
    }
    models();
    Map<String, Object> files = new LinkedHashMap<>();
    files.put("api.yaml", new ApiMapper(doc, unmapped.notes).map(rfcDateTimes, Optional.ofNullable(paging)));
    Map<String, Object> enums = enums();
    if (!enums.isEmpty()) {
      files.put("enums.yaml", Map.of("enums", enums));
    }
    for (ResourceDraft draft : resources.values()) {
      files.put("resources/" + draft.name.toLowerCase(Locale.ROOT) + ".yaml", draft.file());
    }
    return files;
  }

  // ---- resources

  private void resourcesFromTags() {
    for (JsonNode tag : doc.node("/tags")) {
      JsonNode odgen = tag.path(Extensions.RESOURCE);
      if (!odgen.isObject()) {
        continue;
      }
      ResourceDraft draft = new ResourceDraft(tag.path("name").asText());
      draft.head.put("entity", odgen.path("entity").asText());
      draft.head.put("path", odgen.path("path").asText());
      Doc.text(odgen, "table").ifPresent(t -> draft.head.put("table", t));
      Doc.text(odgen, "id").ifPresent(id -> draft.head.put("id", id));
      draft.id = Doc.text(odgen, "id");
      Doc.text(odgen, "docPage").ifPresent(d -> draft.head.put("docPage", d));
      Doc.text(odgen, "versionAdded").ifPresent(v -> draft.head.put("versionAdded", v));
      Doc.text(tag, "description").ifPresent(n -> draft.head.put("notes", n));
      draft.entitySchema = Doc.text(odgen, "schema");
      draft.entitySchema.ifPresent(s -> catalog.entitySchemas.put(s, draft.name));
      draft.operationOrder = texts(odgen.path("operations"));
      draft.actionOrder = texts(odgen.path("actions"));
      catalog.typeNames.add(draft.head.get("entity").toString());
      resources.put(draft.name, draft);
    }
  }

  private void fields(ResourceDraft draft) {
    if (draft.entitySchema.isEmpty()) {
      return;
    }
    String pointer = doc.resolve(Doc.schemaPointer(draft.entitySchema.get()));
    JsonNode properties = doc.node(pointer).path("properties");
    for (Iterator<String> it = properties.fieldNames(); it.hasNext();) {
      String name = it.next();
      String propertyPointer = LocatedJson.child(LocatedJson.child(pointer, "properties"), name);
      JsonNode schema = properties.get(name);
      Map<String, Object> field = new LinkedHashMap<>();
      field.put("name", name);
      if (exported) {
        exportedField(field, name, schema, propertyPointer);
      } else if (draft.id.filter(name::equals).isPresent()) {
        field.put("type", "id");
      } else {
        Mapped type = types.map(propertyPointer, draft.head.get("entity").toString(), name, draft.name, Use.COLUMN);
        if (!type.ok()) {
          unmapped.responseField(draft.name, name, type.reason());
          continue;
        }
        if (type.keys().get("type").equals("dateTime")) {
          rfcDateTimes = true;
        }
        field.putAll(type.keys());
        Doc.text(schema, "description").ifPresent(n -> field.put("notes", n));
      }
      draft.fields.add(field);
      draft.fieldNames.add(name);
    }
    if (exported) {
      internalFields(draft, pointer);
    }
    if (!exported && draft.id.isPresent() && !draft.fieldNames.contains(draft.id.get())) {
      Map<String, Object> id = new LinkedHashMap<>();
      id.put("name", draft.id.get());
      id.put("type", "id");
      id.put("notes", "the id in the item path; " + draft.entitySchema.get() + " has no such property");
      draft.fields.add(0, id);
      draft.fieldNames.add(draft.id.get());
    }
  }

  /** The fields odgen's export keeps out of the properties (they never travel), back in their places. */
  private void internalFields(ResourceDraft draft, String pointer) {
    String internalPointer = LocatedJson.child(pointer, Extensions.INTERNAL);
    JsonNode internal = doc.node(internalPointer);
    List<String> names = new ArrayList<>();
    internal.fieldNames().forEachRemaining(names::add);
    // in increasing position, so each one's place counts the internal fields before it
    names.sort((a, b) -> Integer.compare(internal.get(a).path(Extensions.POSITION).asInt(),
        internal.get(b).path(Extensions.POSITION).asInt()));
    for (String name : names) {
      Map<String, Object> field = new LinkedHashMap<>();
      field.put("name", name);
      exportedField(field, name, internal.get(name), LocatedJson.child(internalPointer, name));
      field.put("internal", true);
      int position = Math.min(Math.max(internal.get(name).path(Extensions.POSITION).asInt(), 0), draft.fields.size());
      draft.fields.add(position, field);
      draft.fieldNames.add(name);
    }
  }

  private void exportedField(Map<String, Object> field, String name, JsonNode schema, String pointer) {
    Doc.text(schema, Extensions.COLUMN).filter(c -> !c.equals(name)).ifPresent(c -> field.put("column", c));
    JsonNode derived = schema.get(Extensions.DERIVED);
    Map<String, Object> type = types.map(pointer, "", name, "", Use.PROPERTY).keys();
    if (derived == null) {
      field.putAll(type);
    } else if (derived.has("custom") || derived.has("collect")) {
      field.putAll(type);
    } else if (type.containsKey("list")) {
      field.put("list", true);
    }
    Doc.text(schema, Extensions.DEFAULT).ifPresent(d -> field.put("default", d));
    Doc.text(schema, Extensions.AUTO).ifPresent(a -> field.put("auto", a));
    Doc.text(schema, Extensions.FROM_CALLER).ifPresent(c -> field.put("fromCaller", c));
    Doc.text(schema, Extensions.STORE_AS).ifPresent(s -> field.put("storeAs", s));
    Doc.text(schema, Extensions.WIRE_AS).ifPresent(w -> field.put("wireAs", w));
    if (schema.path(Extensions.SIGNED).asBoolean(false)) {
      field.put("signed", true);
    }
    if (derived != null) {
      field.put("derived", ApiMapper.plain(derived));
    }
    JsonNode byName = schema.get(Extensions.BY_NAME);
    if (byName != null) {
      field.put("byName", ApiMapper.plain(byName));
    }
    Doc.text(schema, Extensions.VERSION_ADDED).ifPresent(v -> field.put("versionAdded", v));
    Doc.text(schema, Extensions.DEPRECATED).ifPresent(v -> field.put("deprecated", v));
    Doc.text(schema, "description").ifPresent(n -> field.put("notes", n));
  }

  // ---- operations

  private void operation(String path, String method, String pointer, JsonNode operation) {
    Optional<String> kind = Doc.text(operation, Extensions.OPERATION);
    Optional<String> tag = operation.path("tags").isArray() && !operation.path("tags").isEmpty()
        ? Optional.of(operation.path("tags").get(0).asText()) : Optional.empty();
    ResourceDraft owner;
    if (exported && tag.isPresent() && resources.containsKey(tag.get())) {
      owner = resources.get(tag.get());
    } else {
      owner = ResourceFinder.ownerOf(path, resources, catalog, doc);
      kind = exported ? kind : ResourceFinder.crudKind(owner, path, method);
    }
    if (kind.isPresent() && !owner.operations.containsKey(kind.get())) {
      owner.operations.put(kind.get(), crud(owner, kind.get(), path, method, pointer, operation));
    } else {
      action(owner, path, method, pointer, operation);
    }
  }

  private Map<String, Object> crud(ResourceDraft owner, String kind, String path, String method, String pointer,
      JsonNode operation) {
    Map<String, Object> map = new LinkedHashMap<>();
    String standard = kind.equals("list") || kind.equals("create") ? owner.path()
        : owner.path() + "/{" + owner.id.orElse("id") + "}";
    if (exported && !path.equals(standard)) {
      map.put("path", path);
    }
    int status = successStatus(operation).orElse(kind.equals("create") ? 201 : 200);
    if (status != (kind.equals("create") ? 201 : 200)) {
      map.put("status", status);
    }
    common(map, operation);
    String endpoint = method.toUpperCase(Locale.ROOT) + " " + path;
    if (kind.equals("list")) {
      List<Object> filters = new ArrayList<>();
      for (Parameter parameter : parameters(pointer, operation)) {
        if (parameter.in().equals("query") && !isShared(parameter)) {
          filter(owner, endpoint, parameter).ifPresent(filters::add);
        } else if (!parameter.in().equals("query") && !parameter.in().equals("path")) {
          unmapped.note(endpoint + ": " + parameter.in() + " parameter '" + parameter.name()
              + "' is not mapped: the spec's filters are query parameters");
        }
      }
      if (!filters.isEmpty()) {
        map.put("filters", filters);
      }
    }
    if (kind.equals("create") || kind.equals("update")) {
      body(owner, endpoint, pointer, operation, map);
    }
    return map;
  }

  private Optional<Object> filter(ResourceDraft owner, String endpoint, Parameter parameter) {
    Map<String, Object> filter = new LinkedHashMap<>();
    filter.put("param", parameter.name());
    JsonNode node = parameter.node();
    if (exported) {
      Doc.text(node, Extensions.FIELD).filter(f -> !f.equals(parameter.name())).ifPresent(f -> filter.put("field", f));
      Doc.text(node, Extensions.MATCH).filter(m -> !m.equals("equals")).ifPresent(m -> filter.put("match", m));
      Map<String, Object> type = types.map(parameter.schemaPointer(), "", parameter.name(), owner.name,
          Use.PARAMETER).keys();
      Optional<String> field = Doc.text(node, Extensions.FIELD);
      // a filter cannot say maxLength: a string filter on a string field takes the field's type, length included
      boolean fieldsOwn = type.get("type").equals("string") && field.map(f -> fieldType(owner, f))
          .filter("string"::equals).isPresent();
      if (!fieldsOwn) {
        FILTER_TYPE_KEYS.stream().filter(type::containsKey).forEach(k -> filter.put(k, type.get(k)));
      }
      Doc.text(node, Extensions.FILTER_DEFAULT).ifPresent(d -> filter.put("default", d));
    } else if (!owner.fieldNames.contains(parameter.name())) {
      Mapped type = types.map(parameter.schemaPointer(), owner.name, parameter.name(), owner.name, Use.PARAMETER);
      if (!type.ok() || type.keys().containsKey("list")) {
        unmapped.queryParam(owner.name, endpoint, parameter.name(),
            type.ok() ? "it takes a list, which a filter cannot" : type.reason());
        return Optional.empty();
      }
      FILTER_TYPE_KEYS.stream().filter(type.keys()::containsKey).forEach(k -> filter.put(k, type.keys().get(k)));
      filter.put("match", "custom");
      filter.putIfAbsent("notes", "what it filters on is up to the application (no field of that name)");
    }
    if (parameter.required()) {
      filter.put("required", true);
    }
    versionAndNotes(filter, node);
    return Optional.of(filter.size() == 1 ? parameter.name() : filter);
  }

  /** The spec type of a field of {@code owner}, as its entity schema says. */
  private String fieldType(ResourceDraft owner, String field) {
    return owner.entitySchema.map(s -> doc.node(doc.resolve(Doc.schemaPointer(s))).path("properties").path(field)
        .path(Extensions.TYPE).asText("")).orElse("");
  }

  private void body(ResourceDraft owner, String endpoint, String pointer, JsonNode operation, Map<String, Object> map) {
    Optional<String> schemaPointer = jsonBody(pointer, operation);
    if (schemaPointer.isEmpty()) {
      return;
    }
    String resolved = doc.resolve(schemaPointer.get());
    JsonNode schema = doc.node(resolved);
    List<String> requiredNames = texts(schema.path("required"));
    List<Object> required = new ArrayList<>();
    List<Object> optional = new ArrayList<>();
    boolean wholeEntity = owner.entitySchema.map(e -> resolved.equals(doc.resolve(Doc.schemaPointer(e)))).orElse(false);
    for (Iterator<String> it = schema.path("properties").fieldNames(); it.hasNext();) {
      String name = it.next();
      JsonNode property = schema.path("properties").get(name);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", name);
      if (exported) {
        Doc.text(property, Extensions.FIELD).ifPresent(f -> entry.put("field", f));
        Doc.text(property, Extensions.WIRE_AS).ifPresent(w -> entry.put("wireAs", w));
      } else if (!owner.fieldNames.contains(name) || owner.id.filter(name::equals).isPresent()
          || property.path("readOnly").asBoolean(false)) {
        if (!wholeEntity) {
          unmapped.bodyField(owner.name, endpoint, name, owner.fieldNames.contains(name)
              ? "the id and read-only fields are set by the server" : "no field of " + owner.name + " has this name");
        }
        continue;
      }
      versionAndNotes(entry, property);
      (requiredNames.contains(name) ? required : optional).add(entry.size() == 1 ? name : entry);
    }
    if (!required.isEmpty()) {
      map.put("required", required);
    }
    if (!optional.isEmpty()) {
      map.put("optional", optional);
    }
  }

  // ---- actions

  private void action(ResourceDraft owner, String path, String method, String pointer, JsonNode operation) {
    Map<String, Object> action = new LinkedHashMap<>();
    String name = Doc.text(operation, Extensions.ACTION)
        .orElseGet(() -> Names.lowerCamel(Doc.text(operation, "operationId").orElse(method + " " + path)));
    name = Names.unique(name, new java.util.HashSet<>(owner.actions.keySet()));
    String endpoint = method.toUpperCase(Locale.ROOT) + " " + path;
    action.put("name", name);
    action.put("method", method.toUpperCase(Locale.ROOT));
    action.put("path", path);
    List<Object> pathParams = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    boolean paged = operation.path(Extensions.PAGED).asBoolean(false);
    for (Parameter parameter : parameters(pointer, operation)) {
      if (isShared(parameter)) {
        paged |= isPaging(parameter);
        continue;
      }
      if (!parameter.in().equals("path") && !parameter.in().equals("query")) {
        unmapped.note(endpoint + ": " + parameter.in() + " parameter '" + parameter.name()
            + "' is not mapped: actions take path and query parameters");
        continue;
      }
      Optional<Map<String, Object>> property = property(owner, parameter.name(), parameter.schemaPointer(),
          parameter.node(), Use.PARAMETER);
      if (property.isEmpty()) {
        if (parameter.in().equals("query")) {
          unmapped.queryParam(owner.name, endpoint, parameter.name(), lastReason);
        } else {
          unmapped.note(endpoint + ": path parameter '" + parameter.name() + "' is not mapped: " + lastReason);
        }
        continue;
      }
      if (parameter.in().equals("query") && parameter.required()) {
        property.get().put("required", true);
      }
      (parameter.in().equals("path") ? pathParams : params).add(property.get());
    }
    if (!pathParams.isEmpty()) {
      action.put("pathParams", pathParams);
    }
    if (!params.isEmpty()) {
      action.put("params", params);
    }
    List<Object> body = actionBody(owner, endpoint, pointer, operation);
    if (!body.isEmpty()) {
      action.put("body", body);
    }
    ResponseMapper.Response response = new ResponseMapper(doc, catalog, unmapped)
        .map(owner, endpoint, pointer, operation, exported);
    response.spec().ifPresent(r -> action.put("response", r));
    if (paged) {
      action.put("paged", true);
    }
    // odgen says which actions make a row; elsewhere a POST or PUT that answers 201 does
    Optional<Integer> success = successStatus(operation);
    boolean creates = exported ? operation.path(Extensions.CREATES).asBoolean(false)
        : (method.equals("post") || method.equals("put")) && success.orElse(200) == 201;
    if (creates) {
      action.put("creates", true);
    }
    int status = success.orElse(creates ? 201 : 200);
    if (status != (creates ? 201 : 200)) {
      action.put("status", status);
    }
    common(action, operation);
    owner.actions.put(name, action);
  }

  private List<Object> actionBody(ResourceDraft owner, String endpoint, String pointer, JsonNode operation) {
    List<Object> body = new ArrayList<>();
    Optional<String> schemaPointer = jsonBody(pointer, operation);
    if (schemaPointer.isEmpty()) {
      if (operation.has("requestBody")) {
        unmapped.note(endpoint + ": the request body is not JSON; the action takes none");
      }
      return body;
    }
    String resolved = doc.resolve(schemaPointer.get());
    JsonNode schema = doc.node(resolved);
    if (!Doc.type(schema).orElse(schema.has("properties") ? "object" : "").equals("object")) {
      unmapped.note(endpoint + ": the request body is not a JSON object; the action takes none");
      return body;
    }
    List<String> required = texts(schema.path("required"));
    for (Iterator<String> it = schema.path("properties").fieldNames(); it.hasNext();) {
      String name = it.next();
      String propertyPointer = LocatedJson.child(LocatedJson.child(resolved, "properties"), name);
      Optional<Map<String, Object>> property = property(owner, name, propertyPointer,
          schema.path("properties").get(name), Use.PROPERTY);
      if (property.isEmpty()) {
        unmapped.bodyField(owner.name, endpoint, name, lastReason);
        continue;
      }
      Doc.text(schema.path("properties").get(name), Extensions.WIRE_AS).ifPresent(w -> property.get().put("wireAs", w));
      if (required.contains(name)) {
        property.get().put("required", true);
      }
      body.add(property.get());
    }
    return body;
  }

  private String lastReason = "";

  /** A parameter or body entry: the field it mirrors, or its own type. */
  private Optional<Map<String, Object>> property(ResourceDraft owner, String name, String schemaPointer,
      JsonNode node, Use use) {
    Map<String, Object> property = new LinkedHashMap<>();
    property.put("name", name);
    Optional<String> field = Doc.text(node, Extensions.FIELD);
    if (field.isPresent()) {
      property.put("field", field.get());
    } else {
      Mapped type = types.map(schemaPointer, owner.name, name, owner.name, use);
      if (!type.ok()) {
        lastReason = type.reason();
        return Optional.empty();
      }
      property.putAll(type.keys());
    }
    versionAndNotes(property, node);
    return Optional.of(property);
  }

  // ---- models and enums

  private void models() {
    if (exported) {
      JsonNode schemas = doc.node("/components/schemas");
      for (Iterator<String> it = schemas.fieldNames(); it.hasNext();) {
        String component = it.next();
        JsonNode schema = schemas.get(component);
        Optional<String> owner = Doc.text(schema, Extensions.OWNER);
        if (owner.isPresent() && resources.containsKey(owner.get())) {
          String name = Doc.text(schema, Extensions.MODEL).orElse(component);
          catalog.models.putIfAbsent(name, new Catalog.ModelDef(name, Doc.schemaPointer(component), owner.get()));
        }
      }
    }
    // declaring a model may bring more (a field of a model type): go on until none is new
    java.util.Set<String> done = new java.util.HashSet<>();
    while (done.size() < catalog.models.size()) {
      for (Catalog.ModelDef model : List.copyOf(catalog.models.values())) {
        if (done.add(model.name())) {
          declareModel(model);
        }
      }
    }
  }

  private void declareModel(Catalog.ModelDef model) {
    ResourceDraft owner = resources.get(model.owner());
    Map<String, Object> declared = new LinkedHashMap<>();
    declared.put("name", model.name());
    String pointer = doc.resolve(model.pointer());
    JsonNode schema = doc.node(pointer);
    List<Object> fields = new ArrayList<>();
    for (Iterator<String> it = schema.path("properties").fieldNames(); it.hasNext();) {
      String name = it.next();
      JsonNode property = schema.path("properties").get(name);
      String propertyPointer = LocatedJson.child(LocatedJson.child(pointer, "properties"), name);
      Mapped type = types.map(propertyPointer, model.name(), name, model.owner(), Use.PROPERTY);
      if (!type.ok()) {
        unmapped.responseField(model.owner(), model.name() + "." + name, type.reason());
        continue;
      }
      Map<String, Object> field = new LinkedHashMap<>();
      field.put("name", name);
      field.putAll(type.keys());
      Doc.text(property, Extensions.WIRE_AS).ifPresent(w -> field.put("wireAs", w));
      versionAndNotes(field, property);
      fields.add(field);
    }
    declared.put("fields", fields);
    Doc.text(schema, "description").ifPresent(n -> declared.put("notes", n));
    owner.models.add(declared);
  }

  private Map<String, Object> enums() {
    Map<String, Object> enums = new LinkedHashMap<>();
    if (exported) {
      JsonNode schemas = doc.node("/components/schemas");
      for (Iterator<String> it = schemas.fieldNames(); it.hasNext();) {
        String component = it.next();
        JsonNode schema = schemas.get(component);
        if (schema.has(Extensions.ORDINALS)) {
          Map<String, Object> members = new LinkedHashMap<>();
          schema.get(Extensions.ORDINALS).fields().forEachRemaining(m -> members.put(m.getKey(), m.getValue().asLong()));
          enums.put(Doc.text(schema, Extensions.ENUM).orElse(component),
              enumMap(members, Doc.text(schema, "default"), Doc.text(schema, "description").orElse("")));
        }
      }
    }
    catalog.enums.forEach((name, e) -> enums.put(name, enumMap(new LinkedHashMap<>(e.members()), e.defaultMember(),
        e.notes())));
    return enums;
  }

  private static Map<String, Object> enumMap(Map<String, Object> members, Optional<String> defaultMember,
      String notes) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("members", members);
    defaultMember.ifPresent(d -> map.put("default", d));
    if (!notes.isEmpty()) {
      map.put("notes", notes);
    }
    return map;
  }

  private void copyExclusions() {
    for (JsonNode exclusion : doc.node("/" + Extensions.EXCLUSIONS)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) ApiMapper.plain(exclusion);
      unmapped.exclusions.add(map);
    }
  }

  // ---- shared

  private void common(Map<String, Object> map, JsonNode operation) {
    Doc.text(operation, Extensions.VERSION_ADDED).ifPresent(v -> map.put("versionAdded", v));
    Optional<String> deprecated = Doc.text(operation, Extensions.DEPRECATED);
    if (deprecated.isPresent()) {
      map.put("deprecated", deprecated.get());
    } else if (operation.path("deprecated").asBoolean(false)) {
      map.put("deprecated", "yes");
    }
    Optional<String> notes = Doc.text(operation, "description")
        .or(() -> exported ? Optional.empty() : Doc.text(operation, "summary"));
    notes.ifPresent(n -> map.put("notes", n));
  }

  private static void versionAndNotes(Map<String, Object> map, JsonNode node) {
    Doc.text(node, Extensions.VERSION_ADDED).ifPresent(v -> map.put("versionAdded", v));
    Doc.text(node, "description").ifPresent(n -> map.put("notes", n));
  }

  private static Optional<Integer> successStatus(JsonNode operation) {
    for (Iterator<String> it = operation.path("responses").fieldNames(); it.hasNext();) {
      String code = it.next();
      if (code.matches("2\\d\\d")) {
        return Optional.of(Integer.parseInt(code));
      }
    }
    return Optional.empty();
  }

  /** The pointer of the JSON request body's schema, if the operation takes one. */
  private Optional<String> jsonBody(String pointer, JsonNode operation) {
    if (!operation.has("requestBody")) {
      return Optional.empty();
    }
    String body = doc.resolve(LocatedJson.child(pointer, "requestBody"));
    JsonNode content = doc.node(body).path("content");
    for (Iterator<String> it = content.fieldNames(); it.hasNext();) {
      String type = it.next();
      if (type.startsWith("application/json") || type.endsWith("+json")) {
        String schema = LocatedJson.child(LocatedJson.child(LocatedJson.child(body, "content"), type), "schema");
        return doc.node(schema).isMissingNode() ? Optional.empty() : Optional.of(schema);
      }
    }
    return Optional.empty();
  }

  /** A parameter of an operation (or its path item), resolved. */
  record Parameter(String name, String in, boolean required, JsonNode node, String schemaPointer, String ref) {}

  private List<Parameter> parameters(String pointer, JsonNode operation) {
    List<Parameter> parameters = new ArrayList<>();
    String list = LocatedJson.child(pointer, "parameters");
    for (int i = 0; i < operation.path("parameters").size(); i++) {
      String item = list + "/" + i;
      String ref = Doc.text(doc.node(item), "$ref").orElse("");
      String resolved = doc.resolve(item);
      JsonNode node = doc.node(resolved);
      String name = node.path("name").asText();
      String in = node.path("in").asText();
      if (name.isEmpty() || in.isEmpty()) {
        doc.problem(resolved, "a parameter needs a name and an 'in'");
        continue;
      }
      parameters.add(new Parameter(name, in, node.path("required").asBoolean(false), node,
          LocatedJson.child(resolved, "schema"), ref));
    }
    return parameters;
  }

  /** Paging and output-format parameters: the API's own, not the operation's. */
  private boolean isShared(Parameter parameter) {
    if (isPaging(parameter)) {
      return true;
    }
    JsonNode wire = doc.node("/info").path(Extensions.API).path("wire");
    return parameter.in().equals("query") && (parameter.name().equals(wire.path("dateFormatParam").asText(null))
        || parameter.name().equals(wire.path("dateTimeFormatParam").asText(null)));
  }

  private boolean isPaging(Parameter parameter) {
    if (!parameter.in().equals("query")) {
      return false;
    }
    JsonNode odgenPaging = doc.node("/info").path(Extensions.API).path("paging");
    if (odgenPaging.isObject()) {
      return parameter.name().equals(odgenPaging.path("offsetParam").asText())
          || parameter.name().equals(odgenPaging.path("limitParam").asText());
    }
    String lower = parameter.name().toLowerCase(Locale.ROOT);
    if (lower.equals("offset") || lower.equals("limit")) {
      if (paging == null) {
        paging = new String[] {"Offset", "Limit"};
      }
      paging[lower.equals("offset") ? 0 : 1] = parameter.name();
      return true;
    }
    return false;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(t -> texts.add(t.asText()));
    return texts;
  }
}
