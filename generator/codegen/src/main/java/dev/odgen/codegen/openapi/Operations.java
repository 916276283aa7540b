package dev.odgen.codegen.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.ResponseKind;
import dev.odgen.spec.model.ResponseShape;
import dev.odgen.spec.model.TypeRef;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operation objects of a resource's CRUD operations and actions: parameters (path, filters, paging, output
 * formats), request bodies, the success response with its status and the error responses.
 */
final class Operations {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}/]+)}");

  private final ApiModel model;
  private final SchemaNames names;
  private final TypeSchemas types;
  private final ComponentSchemas schemas;
  private final boolean auth;
  private final Set<String> operationIds = new HashSet<>();

  Operations(ApiModel model, SchemaNames names, TypeSchemas types, ComponentSchemas schemas, boolean auth) {
    this.auth = auth;
    this.model = model;
    this.names = names;
    this.types = types;
    this.schemas = schemas;
  }

  ObjectNode crud(Resource resource, Operation operation) {
    ObjectNode node = JSON.objectNode();
    node.putArray("tags").add(resource.name());
    node.put("operationId", operationId(crudId(resource, operation.kind())));
    node.put("summary", crudSummary(resource, operation.kind()));
    ComponentSchemas.describe(node, operation.notes());
    node.put(Extensions.OPERATION, operation.kind().specName());
    ComponentSchemas.versions(node, operation.versionAdded(), operation.deprecated());
    ArrayNode parameters = JSON.arrayNode();
    for (String placeholder : placeholders(operation.path())) {
      TypeRef type = resource.field(placeholder).map(Field::type).orElse(TypeRef.of(dev.odgen.spec.model.FieldType.LONG));
      parameters.add(pathParameter(placeholder, type));
    }
    operation.filters().forEach(f -> parameters.add(filter(f)));
    if (operation.kind() == OperationKind.LIST) {
      pagingParameters(parameters);
    }
    if (operation.kind() != OperationKind.DELETE) {
      formatParameters(parameters);
    }
    if (!parameters.isEmpty()) {
      node.set("parameters", parameters);
    }
    if (operation.kind() == OperationKind.CREATE || operation.kind() == OperationKind.UPDATE) {
      ObjectNode body = node.putObject("requestBody").put("required", true);
      body.putObject("content").putObject("application/json").putObject("schema")
          .put("$ref", SchemaNames.ref(names.body(resource, operation.kind())));
    }
    ObjectNode responses = node.putObject("responses");
    ObjectNode success = responses.putObject(Integer.toString(operation.status()));
    String entity = names.entity(resource);
    switch (operation.kind()) {
      case GET -> content(success.put("description", "the " + resource.entityName()), entityRef(entity, false));
      case LIST -> content(success.put("description", "a page of " + resource.name() + ", in id order"),
          entityRef(entity, true));
      case CREATE -> {
        content(success.put("description", "the created " + resource.entityName()), entityRef(entity, false));
        success.putObject("headers").putObject("Location").put("description", "the URL of the created item")
            .putObject("schema").put("type", "string");
      }
      case UPDATE -> content(success.put("description", "the updated " + resource.entityName()),
          entityRef(entity, false));
      case DELETE -> success.put("description", "deleted");
    }
    errors(responses, operation.kind().onItem());
    return node;
  }

  ObjectNode action(Resource resource, Action action) {
    ObjectNode node = JSON.objectNode();
    node.putArray("tags").add(resource.name());
    node.put("operationId", operationId(lowerFirst(resource.name()) + upperFirst(action.name())));
    node.put("summary", action.method() + " " + action.path());
    ComponentSchemas.describe(node, action.notes());
    node.put(Extensions.ACTION, action.name());
    node.set(Extensions.RESPONSE, responseShape(action.response()));
    if (action.paged()) {
      node.put(Extensions.PAGED, true);
    }
    if (action.creates()) {
      node.put(Extensions.CREATES, true);
    }
    ComponentSchemas.versions(node, action.versionAdded(), action.deprecated());
    ArrayNode parameters = JSON.arrayNode();
    action.pathParams().forEach(p -> parameters.add(propertyParameter(p, resource, "path")));
    action.params().forEach(p -> parameters.add(propertyParameter(p, resource, "query")));
    if (action.paged()) {
      pagingParameters(parameters);
    }
    if (action.response().kind() != ResponseKind.NONE) {
      formatParameters(parameters);
    }
    if (!parameters.isEmpty()) {
      node.set("parameters", parameters);
    }
    if (!action.body().isEmpty()) {
      ObjectNode body = node.putObject("requestBody")
          .put("required", action.body().stream().anyMatch(Property::required));
      body.putObject("content").putObject("application/json")
          .set("schema", schemas.objectOf(action.body(), resource));
    }
    ObjectNode responses = node.putObject("responses");
    ObjectNode success = responses.putObject(Integer.toString(action.status())).put("description", "done");
    responseSchema(action.response()).ifPresent(schema -> content(success, schema));
    errors(responses, !action.pathParams().isEmpty());
    return node;
  }

  private ObjectNode pathParameter(String name, TypeRef type) {
    ObjectNode parameter = JSON.objectNode().put("name", name).put("in", "path").put("required", true);
    parameter.set("schema", types.text(type));
    return parameter;
  }

  private ObjectNode filter(Filter filter) {
    ObjectNode parameter = JSON.objectNode().put("name", filter.param()).put("in", "query");
    if (filter.required()) {
      parameter.put("required", true);
    }
    ComponentSchemas.describe(parameter, filter.notes());
    parameter.set("schema", types.text(filter.type()));
    parameter.put(Extensions.MATCH, filter.match().specName());
    filter.field().ifPresent(f -> parameter.put(Extensions.FIELD, f));
    filter.defaultValue().ifPresent(d -> parameter.put(Extensions.FILTER_DEFAULT, d));
    ComponentSchemas.versions(parameter, filter.versionAdded(), Optional.empty());
    return parameter;
  }

  private ObjectNode propertyParameter(Property property, Resource owner, String in) {
    ObjectNode parameter = JSON.objectNode().put("name", property.name()).put("in", in);
    if (property.required() || in.equals("path")) {
      parameter.put("required", true);
    }
    ComponentSchemas.describe(parameter, property.notes());
    parameter.set("schema", types.text(property.type()));
    property.field().ifPresent(f -> parameter.put(Extensions.FIELD, f));
    ComponentSchemas.versions(parameter, property.versionAdded(), Optional.empty());
    return parameter;
  }

  private void pagingParameters(ArrayNode parameters) {
    parameters.addObject().put("$ref", "#/components/parameters/" + model.api().paging().offsetParam());
    parameters.addObject().put("$ref", "#/components/parameters/" + model.api().paging().limitParam());
  }

  private void formatParameters(ArrayNode parameters) {
    model.api().wire().dateFormatParam()
        .ifPresent(p -> parameters.addObject().put("$ref", "#/components/parameters/" + p));
    model.api().wire().dateTimeFormatParam()
        .ifPresent(p -> parameters.addObject().put("$ref", "#/components/parameters/" + p));
  }

  private void errors(ObjectNode responses, boolean onItem) {
    responses.putObject("400").put("$ref", "#/components/responses/BadRequest");
    if (auth) {
      responses.putObject("401").put("$ref", "#/components/responses/Unauthorized");
    }
    if (onItem) {
      responses.putObject("404").put("$ref", "#/components/responses/NotFound");
    }
  }

  private Optional<ObjectNode> responseSchema(ResponseShape response) {
    return switch (response.kind()) {
      case NONE -> Optional.empty();
      case RESOURCE -> Optional.of(entityRef(names.entity(response.target().orElseThrow()), response.list()));
      case MODEL -> Optional.of(listOr(JSON.objectNode()
          .put("$ref", SchemaNames.ref(names.model(response.target().orElseThrow()))), response.list()));
      case ROWS -> Optional.of(listOr(JSON.objectNode().put("type", "object").put("additionalProperties", true),
          response.list()));
    };
  }

  private static ObjectNode responseShape(ResponseShape response) {
    ObjectNode node = JSON.objectNode().put("kind", response.kind().name().toLowerCase(Locale.ROOT));
    response.target().ifPresent(t -> node.put("target", t));
    return node.put("list", response.list());
  }

  private static ObjectNode entityRef(String schemaName, boolean list) {
    return listOr(JSON.objectNode().put("$ref", SchemaNames.ref(schemaName)), list);
  }

  private static ObjectNode listOr(ObjectNode schema, boolean list) {
    if (!list) {
      return schema;
    }
    ObjectNode array = JSON.objectNode().put("type", "array");
    array.set("items", schema);
    return array;
  }

  private static void content(ObjectNode response, ObjectNode schema) {
    response.putObject("content").putObject("application/json").set("schema", schema);
  }

  static List<String> placeholders(String path) {
    Matcher m = PLACEHOLDER.matcher(path);
    List<String> names = new java.util.ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** A unique operation id: the wanted one, or with a number when another operation has it already. */
  private String operationId(String wanted) {
    String id = wanted;
    for (int n = 2; !operationIds.add(id); n++) {
      id = wanted + n;
    }
    return id;
  }

  private static String crudId(Resource resource, OperationKind kind) {
    String entity = upperFirst(resource.entityName());
    return switch (kind) {
      case GET -> "get" + entity;
      case LIST -> "list" + upperFirst(resource.name());
      case CREATE -> "create" + entity;
      case UPDATE -> "update" + entity;
      case DELETE -> "delete" + entity;
    };
  }

  private static String crudSummary(Resource resource, OperationKind kind) {
    return switch (kind) {
      case GET -> "Get one " + resource.entityName();
      case LIST -> "List " + resource.name();
      case CREATE -> "Create one " + resource.entityName();
      case UPDATE -> "Update one " + resource.entityName() + " (absent fields keep their value)";
      case DELETE -> "Delete one " + resource.entityName();
    };
  }

  private static String upperFirst(String name) {
    String camel = dev.odgen.spec.rules.JavaIdentifiers.lowerCamel(name);
    return camel.isEmpty() ? camel : Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
  }

  private static String lowerFirst(String name) {
    return dev.odgen.spec.rules.JavaIdentifiers.lowerCamel(name);
  }
}
