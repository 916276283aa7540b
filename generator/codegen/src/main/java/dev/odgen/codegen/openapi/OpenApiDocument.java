package dev.odgen.codegen.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.ApiInfo;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.Exclusion;
import dev.odgen.spec.model.ExclusionKind;
import dev.odgen.spec.model.Model;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OpenAPI 3.1 document of the selected resources, as a tree in a fixed order: info, servers, security,
 * tags (one per resource), paths (resource by resource: collection, item, then actions), components, and the
 * spec's exclusions. With every resource selected it carries every enum and model of the spec, used or not.
 */
public final class OpenApiDocument {

  /** The OpenAPI version written. */
  public static final String VERSION = "3.1.0";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private OpenApiDocument() {}

  /** The document of the whole spec. */
  public static ObjectNode of(ApiModel model) {
    JavaNames names = new JavaNames(model.api().javaPackage(), model.api().name());
    return of(EmitContext.of(model, names, model.resources(), model.api().name()));
  }

  /** The document of the resources {@code ctx} selects. */
  public static ObjectNode of(EmitContext ctx) {
    ApiModel model = ctx.model();
    boolean whole = ctx.resources().size() == model.resources().size();
    List<Resource> entities = ctx.entityResources().stream().filter(r -> !r.fields().isEmpty()).toList();
    List<Map.Entry<Resource, Model>> models = models(ctx, whole);
    List<EnumType> enums = whole ? model.enums() : ctx.enums();
    SchemaNames names = new SchemaNames(entities, models.stream().map(Map.Entry::getValue).toList(), enums);
    TypeSchemas types = new TypeSchemas(model, names);
    ComponentSchemas schemas = new ComponentSchemas(types);
    Operations operations = new Operations(model, names, types, schemas,
        !model.api().auth().credentials().isEmpty());

    ObjectNode root = JSON.objectNode().put("openapi", VERSION);
    root.set("info", info(model.api()));
    root.set("servers", servers(model.api()));
    // an API whose spec names no credentials has no auth: no security requirement, no 401
    boolean auth = !model.api().auth().credentials().isEmpty();
    String scheme = securitySchemeName(model.api());
    if (auth) {
      root.putArray("security").addObject().putArray(scheme);
    }
    ArrayNode tags = root.putArray("tags");
    ctx.resources().forEach(r -> tags.add(tag(r, names)));
    ObjectNode paths = root.putObject("paths");
    for (Resource resource : ctx.resources()) {
      for (Operation operation : resource.operations()) {
        pathItem(paths, operation.path()).set(operation.method().toLowerCase(java.util.Locale.ROOT),
            operations.crud(resource, operation));
      }
      for (Action action : resource.actions()) {
        pathItem(paths, action.path()).set(action.method().toLowerCase(java.util.Locale.ROOT),
            operations.action(resource, action));
      }
    }
    ObjectNode components = root.putObject("components");
    ObjectNode componentSchemas = components.putObject("schemas");
    entities.forEach(r -> componentSchemas.set(names.entity(r), schemas.entity(r)));
    models.forEach(m -> componentSchemas.set(names.model(m.getValue().name()), schemas.model(m.getKey(), m.getValue())));
    enums.forEach(e -> componentSchemas.set(names.enumType(e.name()), ComponentSchemas.enumType(e)));
    for (Resource resource : entities) {
      for (OperationKind kind : List.of(OperationKind.CREATE, OperationKind.UPDATE)) {
        if (ctx.resources().contains(resource)) {
          resource.operation(kind).ifPresent(op -> componentSchemas.set(names.body(resource, kind),
              schemas.body(resource, op)));
        }
      }
    }
    components.set("parameters", SharedParameters.of(model.api()));
    components.set("responses", SharedParameters.errors(auth));
    if (auth) {
      components.putObject("securitySchemes").set(scheme, securityScheme(model.api()));
    }
    Set<String> selected = ctx.resources().stream().map(Resource::name).collect(Collectors.toSet());
    List<Exclusion> exclusions = model.exclusions().stream().filter(e -> selected.contains(e.resource())).toList();
    if (!exclusions.isEmpty()) {
      ArrayNode list = root.putArray(Extensions.EXCLUSIONS);
      exclusions.forEach(e -> list.add(exclusion(e)));
    }
    return root;
  }

  private static ObjectNode info(ApiInfo api) {
    ObjectNode info = JSON.objectNode().put("title", api.title()).put("version", api.docsVersion());
    ObjectNode odgen = info.putObject(Extensions.API);
    odgen.put("name", api.name()).put("package", api.javaPackage()).put("basePath", api.basePath());
    ObjectNode wire = odgen.putObject("wire");
    wire.put("booleans", api.wire().booleansAsStrings() ? "string" : "native")
        .put("date", api.wire().date())
        .put("dateTime", api.wire().dateTime())
        .put("time", api.wire().time())
        .put("noDate", api.wire().noDate());
    api.wire().dateFormatParam().ifPresent(p -> wire.put("dateFormatParam", p));
    api.wire().dateTimeFormatParam().ifPresent(p -> wire.put("dateTimeFormatParam", p));
    odgen.putObject("paging")
        .put("offsetParam", api.paging().offsetParam())
        .put("limitParam", api.paging().limitParam())
        .put("pageSize", api.paging().pageSize())
        .put("maxLimit", api.paging().maxLimit());
    api.serverTimeField().ifPresent(f -> odgen.put("serverTime", f));
    ObjectNode throttling = odgen.putObject("throttling").put("per", api.throttling().per());
    ObjectNode presets = throttling.putObject("presets");
    api.throttling().presets().forEach(p -> presets.put(p.name(), p.intervalMillis()));
    conventions(odgen, api);
    return info;
  }

  /** The behaviour settings, in the spec's own words, so that an import gives back the same API. */
  private static void conventions(ObjectNode odgen, ApiInfo api) {
    odgen.put("blanks", api.blanks().specName()).put("errors", api.errors().specName());
    odgen.putObject("strictness")
        .put("requiredReferences", api.strictness().requiredReferencesExist() ? "existing" : "any")
        .put("requiredStrings", api.strictness().requiredStringsNonBlank() ? "nonBlank" : "any")
        .put("extraBodyFields", api.strictness().rejectExtraBodyFields() ? "reject" : "ignore");
    odgen.putObject("integrity")
        .put("foreignKeys", api.integrity().foreignKeys())
        .put("deleteReferenced", api.integrity().refuseReferencedDelete() ? "refuse" : "allow");
  }

  /** The server that serves the document first (its base path, relative), then the spec's presets by mode. */
  private static ArrayNode servers(ApiInfo api) {
    ArrayNode servers = JSON.arrayNode();
    servers.addObject().put("url", api.basePath().isEmpty() ? "/" : api.basePath())
        .put("description", "the server this document comes from");
    api.baseUrls().forEach(u -> servers.addObject().put("url", u.url()).put("description", u.mode()));
    return servers;
  }

  private static String securitySchemeName(ApiInfo api) {
    return api.auth().scheme().isBlank() ? "apiKey" : api.auth().scheme();
  }

  private static ObjectNode securityScheme(ApiInfo api) {
    ApiInfo.Auth auth = api.auth();
    ObjectNode scheme = JSON.objectNode();
    if (auth.type() == ApiInfo.AuthType.BEARER) {
      scheme.put("type", "http").put("scheme", "bearer")
          .put("description", "Every request carries Authorization: Bearer {" + auth.credentials().get(0) + "}.");
    } else if (auth.type() == ApiInfo.AuthType.API_KEY) {
      scheme.put("type", "apiKey").put("in", "header").put("name", auth.header())
          .put("description", "Every request carries " + auth.header() + ": {" + auth.credentials().get(0) + "}.");
    } else {
      String credentials = auth.credentials().stream().map(c -> "{" + c + "}")
          .collect(Collectors.joining(auth.separator()));
      scheme.put("type", "apiKey").put("in", "header").put("name", auth.header())
          .put("description", "Every request carries " + auth.header() + ": " + auth.scheme() + " " + credentials
              + " (enter the whole value, scheme word included).");
    }
    ObjectNode odgen = scheme.putObject(Extensions.AUTH).put("type", auth.type().specName())
        .put("scheme", auth.scheme());
    ArrayNode names = odgen.putArray("credentials");
    auth.credentials().forEach(names::add);
    odgen.put("separator", auth.separator());
    return scheme;
  }

  /**
   * A resource's tag: its notes, and what the spec says of it that no operation shows: entity, path, table, id, its
   * entity schema, and the order of its operations and actions (OpenAPI groups operations by path instead).
   */
  private static ObjectNode tag(Resource resource, SchemaNames names) {
    ObjectNode tag = JSON.objectNode().put("name", resource.name());
    ComponentSchemas.describe(tag, resource.notes());
    ObjectNode odgen = tag.putObject(Extensions.RESOURCE);
    odgen.put("entity", resource.entityName()).put("path", resource.path());
    resource.table().ifPresent(t -> odgen.put("table", t));
    resource.idField().ifPresent(id -> odgen.put("id", id));
    if (!resource.docPage().isBlank()) {
      odgen.put("docPage", resource.docPage());
    }
    resource.versionAdded().ifPresent(v -> odgen.put("versionAdded", v));
    if (!resource.fields().isEmpty()) {
      odgen.put("schema", names.entity(resource));
    }
    ArrayNode operations = odgen.putArray("operations");
    resource.operations().forEach(o -> operations.add(o.kind().specName()));
    ArrayNode actions = odgen.putArray("actions");
    resource.actions().forEach(a -> actions.add(a.name()));
    return tag;
  }

  private static ObjectNode exclusion(Exclusion exclusion) {
    ObjectNode node = JSON.objectNode().put("resource", exclusion.resource());
    exclusion.endpoint().ifPresent(e -> node.put("endpoint", e));
    String key = exclusion.kind() == ExclusionKind.QUERY_PARAM ? "queryParam"
        : exclusion.kind() == ExclusionKind.BODY_FIELD ? "bodyField"
        : exclusion.kind() == ExclusionKind.RESPONSE_FIELD ? "responseField" : null;
    if (key != null) {
      exclusion.name().ifPresent(n -> node.put(key, n));
    }
    return node.put("reason", exclusion.reason());
  }

  /**
   * The models to describe, each with the resource that declares it: those the selection uses and those its
   * resources declare, by resource and then in declaration order (so an importer declares them in that order).
   */
  private static List<Map.Entry<Resource, Model>> models(EmitContext ctx, boolean whole) {
    List<Map.Entry<Resource, Model>> models = new ArrayList<>();
    for (Resource resource : ctx.model().resources()) {
      for (Model model : resource.models()) {
        boolean used = ctx.models().stream().anyMatch(m -> m.name().equals(model.name()));
        if (used || whole || ctx.resources().contains(resource)) {
          models.add(Map.entry(resource, model));
        }
      }
    }
    return models;
  }

  private static ObjectNode pathItem(ObjectNode paths, String path) {
    return paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
  }
}
