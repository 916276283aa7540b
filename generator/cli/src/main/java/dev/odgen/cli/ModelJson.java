package dev.odgen.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.ApiInfo;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.Auto;
import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.Derivation;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.Exclusion;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.Model;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.TypeRef;
import dev.odgen.spec.model.WireForm;
import dev.odgen.spec.rules.JavaIdentifiers;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The linked model as JSON, written key by key (no reflection) so the output is stable: absent
 * values are left out, lists keep the model's order.
 */
final class ModelJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ModelJson() {}

  static String write(ApiModel model, String label) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("spec", label);
    root.set("api", api(model.api()));
    ArrayNode resources = root.putArray("resources");
    model.resources().forEach(r -> resources.add(resource(r)));
    ArrayNode enums = root.putArray("enums");
    model.enums().forEach(e -> enums.add(enumType(e)));
    ArrayNode exclusions = root.putArray("exclusions");
    model.exclusions().forEach(e -> exclusions.add(exclusion(e)));
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode api(ApiInfo api) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", api.name());
    node.put("title", api.title());
    node.put("docsVersion", api.docsVersion());
    node.put("basePath", api.basePath());
    node.put("package", api.javaPackage());
    ObjectNode auth = node.putObject("auth");
    auth.put("type", api.auth().type().specName());
    auth.put("header", api.auth().header());
    auth.put("scheme", api.auth().scheme());
    ArrayNode credentials = auth.putArray("credentials");
    api.auth().credentials().forEach(credentials::add);
    auth.put("separator", api.auth().separator());
    ObjectNode wire = node.putObject("wire");
    wire.put("booleans", api.wire().booleansAsStrings() ? "string" : "native");
    wire.put("date", api.wire().date());
    wire.put("dateTime", api.wire().dateTime());
    wire.put("time", api.wire().time());
    wire.put("noDate", api.wire().noDate());
    put(wire, "dateFormatParam", api.wire().dateFormatParam());
    put(wire, "dateTimeFormatParam", api.wire().dateTimeFormatParam());
    ObjectNode paging = node.putObject("paging");
    paging.put("offsetParam", api.paging().offsetParam());
    paging.put("limitParam", api.paging().limitParam());
    paging.put("pageSize", api.paging().pageSize());
    paging.put("maxLimit", api.paging().maxLimit());
    put(node, "serverTime", api.serverTimeField());
    ObjectNode baseUrls = node.putObject("baseUrls");
    api.baseUrls().forEach(u -> baseUrls.put(u.mode(), u.url()));
    ObjectNode throttling = node.putObject("throttling");
    throttling.put("per", api.throttling().per());
    ObjectNode presets = throttling.putObject("presets");
    api.throttling().presets().forEach(p -> presets.put(p.name(), p.intervalMillis()));
    node.put("blanks", api.blanks().specName());
    node.put("errors", api.errors().specName());
    ObjectNode strictness = node.putObject("strictness");
    strictness.put("requiredReferences", api.strictness().requiredReferencesExist() ? "existing" : "any");
    strictness.put("requiredStrings", api.strictness().requiredStringsNonBlank() ? "nonBlank" : "any");
    strictness.put("extraBodyFields", api.strictness().rejectExtraBodyFields() ? "reject" : "ignore");
    ObjectNode integrity = node.putObject("integrity");
    integrity.put("foreignKeys", api.integrity().foreignKeys());
    integrity.put("deleteReferenced", api.integrity().refuseReferencedDelete() ? "refuse" : "allow");
    return node;
  }

  private static ObjectNode resource(Resource resource) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", resource.name());
    node.put("entity", resource.entityName());
    node.put("path", resource.path());
    put(node, "table", resource.table());
    put(node, "id", resource.idField());
    putText(node, "docPage", resource.docPage());
    put(node, "versionAdded", resource.versionAdded());
    putText(node, "notes", resource.notes());
    node.put("location", resource.location().toString());
    Map<String, String> javaNames = JavaIdentifiers.fieldNames(resource.fields());
    ArrayNode fields = node.putArray("fields");
    resource.fields().forEach(f -> fields.add(field(f, javaNames.get(f.name()))));
    ArrayNode operations = node.putArray("operations");
    resource.operations().forEach(o -> operations.add(operation(o)));
    ArrayNode actions = node.putArray("actions");
    resource.actions().forEach(a -> actions.add(action(a)));
    ArrayNode models = node.putArray("models");
    resource.models().forEach(m -> models.add(model(m)));
    return node;
  }

  private static ObjectNode field(Field field, String javaName) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", field.name());
    node.put("javaName", javaName);
    put(node, "column", field.column());
    type(node, field.type());
    put(node, "default", field.defaultValue());
    if (field.kind() == FieldType.ENUM) {
      node.put("storeAs", lower(field.storeAs().name()));
    }
    if (field.kind() == FieldType.ENUM || field.wireAs() != WireForm.NAME) {
      node.put("wireAs", field.wireAs().specName());
    }
    if (field.signed()) {
      node.put("signed", true);
    }
    if (field.auto() != Auto.NONE) {
      node.put("auto", field.auto() == Auto.INSERT ? "insert" : "insertEditable");
    }
    put(node, "fromCaller", field.fromCaller());
    node.put("requiredOnCreate", field.requiredOnCreate());
    node.put("updatable", field.updatable());
    node.put("readOnly", field.readOnly());
    if (field.isColumn()) {
      node.put("nullable", field.nullable());
    }
    if (field.foreignKey()) {
      node.put("foreignKey", true);
    }
    if (field.internal()) {
      node.put("internal", true);
    }
    field.derived().ifPresent(d -> node.set("derived", derivation(d)));
    put(node, "versionAdded", field.versionAdded());
    put(node, "deprecated", field.deprecated());
    putText(node, "notes", field.notes());
    return node;
  }

  private static ObjectNode derivation(Derivation derivation) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("form", TypeText.form(derivation));
    if (derivation instanceof Derivation.Lookup lookup) {
      node.put("via", lookup.via());
      node.put("take", lookup.take());
    } else if (derivation instanceof Derivation.NameOf nameOf) {
      node.put("field", nameOf.field());
    } else if (derivation instanceof Derivation.NonEmpty nonEmpty) {
      node.put("field", nonEmpty.field());
    } else if (derivation instanceof Derivation.Collect collect) {
      node.put("resource", collect.resource());
      node.put("match", collect.match());
      node.put("take", collect.take());
      put(node, "join", collect.join());
    } else if (derivation instanceof Derivation.Custom custom) {
      node.put("description", custom.description());
    }
    return node;
  }

  private static ObjectNode operation(Operation operation) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("kind", operation.kind().specName());
    node.put("method", operation.method());
    node.put("path", operation.path());
    node.put("status", operation.status());
    put(node, "versionAdded", operation.versionAdded());
    put(node, "deprecated", operation.deprecated());
    putText(node, "notes", operation.notes());
    if (!operation.filters().isEmpty()) {
      ArrayNode filters = node.putArray("filters");
      operation.filters().forEach(f -> filters.add(filter(f)));
    }
    if (!operation.body().isEmpty()) {
      ArrayNode body = node.putArray("body");
      operation.body().forEach(b -> body.add(bodyField(b)));
    }
    return node;
  }

  private static ObjectNode filter(Filter filter) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("param", filter.param());
    put(node, "field", filter.field());
    node.put("match", filter.match().specName());
    type(node, filter.type());
    if (filter.required()) {
      node.put("required", true);
    }
    put(node, "versionAdded", filter.versionAdded());
    putText(node, "notes", filter.notes());
    return node;
  }

  private static ObjectNode bodyField(BodyField body) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", body.name());
    node.put("field", body.field());
    body.wireAs().ifPresent(form -> node.put("wireAs", form.specName()));
    node.put("required", body.required());
    put(node, "versionAdded", body.versionAdded());
    putText(node, "notes", body.notes());
    return node;
  }

  private static ObjectNode action(Action action) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", action.name());
    node.put("javaName", JavaIdentifiers.fieldName(action.name()));
    node.put("method", action.method());
    node.put("path", action.path());
    properties(node, "pathParams", action.pathParams());
    properties(node, "params", action.params());
    properties(node, "body", action.body());
    ObjectNode response = node.putObject("response");
    response.put("kind", lower(action.response().kind().name()));
    put(response, "target", action.response().target());
    response.put("list", action.response().list());
    node.put("paged", action.paged());
    node.put("status", action.status());
    if (action.creates()) {
      node.put("creates", true);
    }
    put(node, "versionAdded", action.versionAdded());
    put(node, "deprecated", action.deprecated());
    putText(node, "notes", action.notes());
    return node;
  }

  private static ObjectNode model(Model model) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", model.name());
    putText(node, "notes", model.notes());
    properties(node, "fields", model.fields());
    return node;
  }

  private static void properties(ObjectNode owner, String key, List<Property> properties) {
    ArrayNode array = owner.putArray(key);
    var javaNames = JavaIdentifiers.memberNames(properties.stream().map(Property::name).toList());
    for (int i = 0; i < properties.size(); i++) {
      Property property = properties.get(i);
      ObjectNode node = array.addObject();
      node.put("name", property.name());
      node.put("javaName", javaNames.get(i));
      type(node, property.type());
      if (property.wireAs() != WireForm.NAME) {
        node.put("wireAs", property.wireAs().specName());
      }
      put(node, "field", property.field());
      node.put("required", property.required());
      put(node, "versionAdded", property.versionAdded());
      putText(node, "notes", property.notes());
    }
  }

  private static ObjectNode enumType(EnumType enumType) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", enumType.name());
    put(node, "default", enumType.defaultMember());
    putText(node, "notes", enumType.notes());
    ObjectNode members = node.putObject("members");
    enumType.members().forEach(m -> members.put(m.name(), m.ordinal()));
    return node;
  }

  private static ObjectNode exclusion(Exclusion exclusion) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("resource", exclusion.resource());
    node.put("kind", lower(exclusion.kind().name()));
    put(node, "endpoint", exclusion.endpoint());
    put(node, "name", exclusion.name());
    node.put("reason", exclusion.reason());
    return node;
  }

  /** The type as {@code type} plus what it points at; a list is {@code list: true}. */
  private static void type(ObjectNode node, TypeRef type) {
    node.put("type", type.kind().specName());
    put(node, "ref", type.ref());
    put(node, "enum", type.enumName());
    put(node, "model", type.model());
    if (type.kind() == FieldType.STRING) {
      node.put("maxLength", type.maxLength());
    }
    if (!type.values().isEmpty()) {
      ArrayNode values = node.putArray("values");
      type.values().forEach(values::add);
    }
    if (type.list()) {
      node.put("list", true);
    }
  }

  private static void put(ObjectNode node, String key, Optional<String> value) {
    value.ifPresent(v -> node.put(key, v));
  }

  private static void putText(ObjectNode node, String key, String value) {
    if (!value.isEmpty()) {
      node.put(key, value);
    }
  }

  private static String lower(String enumConstant) {
    String[] words = enumConstant.toLowerCase(Locale.ROOT).split("_");
    StringBuilder camel = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      camel.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return camel.toString();
  }
}
