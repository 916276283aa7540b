package dev.odgen.codegen.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.odgen.spec.model.Auto;
import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.Derivation;
import dev.odgen.spec.model.EnumStorage;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Model;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.WireForm;
import java.util.List;
import java.util.Optional;

/**
 * The schemas under {@code components/schemas}: an entity per resource with fields (every field in wire order,
 * with its column, default, derivation and the rest as extensions), the create and update bodies with their
 * required lists, models, and enums (member names, with their stored ordinals as an extension).
 */
final class ComponentSchemas {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final TypeSchemas types;

  ComponentSchemas(TypeSchemas types) {
    this.types = types;
  }

  ObjectNode entity(Resource resource) {
    ObjectNode schema = JSON.objectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    resource.wireFields().forEach(f -> properties.set(f.name(), field(f)));
    internal(schema, resource);
    return schema;
  }

  /** Internal fields are no part of the API, so not properties; the extension keeps them for a round trip. */
  private void internal(ObjectNode schema, Resource resource) {
    List<Field> fields = resource.fields();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).internal()) {
        ObjectNode internal = schema.has(Extensions.INTERNAL)
            ? (ObjectNode) schema.get(Extensions.INTERNAL) : schema.putObject(Extensions.INTERNAL);
        internal.set(fields.get(i).name(), field(fields.get(i)).put(Extensions.POSITION, i));
      }
    }
  }

  private ObjectNode field(Field field) {
    ObjectNode schema = types.json(field.type(), field.wireAs(), field.signed());
    describe(schema, field.notes());
    if (field.readOnly()) {
      schema.put("readOnly", true);
    }
    field.column().ifPresent(c -> schema.put(Extensions.COLUMN, c));
    field.defaultValue().ifPresent(d -> schema.put(Extensions.DEFAULT, d));
    if (field.auto() != Auto.NONE) {
      schema.put(Extensions.AUTO, field.auto() == Auto.INSERT ? "insert" : "insertEditable");
    }
    if (field.storeAs() == EnumStorage.NAME) {
      schema.put(Extensions.STORE_AS, "name");
    }
    if (field.wireAs() != WireForm.NAME) {
      schema.put(Extensions.WIRE_AS, field.wireAs().specName());
    }
    if (field.signed()) {
      schema.put(Extensions.SIGNED, true);
    }
    field.fromCaller().ifPresent(c -> schema.put(Extensions.FROM_CALLER, c));
    field.derived().ifPresent(d -> schema.set(Extensions.DERIVED, derivation(d)));
    byName(schema, field);
    versions(schema, field.versionAdded(), field.deprecated());
    return schema;
  }

  /** A ref that travels by name is a string on the wire; the extension keeps what the spec says about it. */
  private static void byName(ObjectNode schema, Field field) {
    field.byName().ifPresent(b -> {
      schema.put("type", "string");
      schema.remove("format");
      ObjectNode value = schema.putObject(Extensions.BY_NAME).put("take", b.take());
      if (!b.where().isEmpty()) {
        ObjectNode where = value.putObject("where");
        b.where().forEach(where::put);
      }
    });
  }

  /** The body of a create or update: the entries it takes, each in the form it travels in there. */
  ObjectNode body(Resource resource, Operation operation) {
    ObjectNode schema = JSON.objectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = JSON.arrayNode();
    for (BodyField entry : operation.body()) {
      Field target = resource.field(entry.field()).orElseThrow();
      ObjectNode property = types.json(target.type(), entry.wireAs(target), target.signed());
      byName(property, target);
      describe(property, entry.notes());
      if (!entry.name().equals(entry.field())) {
        property.put(Extensions.FIELD, entry.field());
      }
      entry.wireAs().ifPresent(form -> property.put(Extensions.WIRE_AS, form.specName()));
      versions(property, entry.versionAdded(), Optional.empty());
      properties.set(entry.name(), property);
      if (entry.required()) {
        required.add(entry.name());
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    return schema;
  }

  ObjectNode model(Resource owner, Model model) {
    ObjectNode schema = objectOf(model.fields(), owner);
    schema.put(Extensions.MODEL, model.name()).put(Extensions.OWNER, owner.name());
    describe(schema, model.notes());
    return schema;
  }

  /**
   * An object of properties (an action's body, a model), each in its wire form, with the required ones listed;
   * {@code owner} is the resource whose fields the properties may mirror.
   */
  ObjectNode objectOf(List<Property> properties, Resource owner) {
    ObjectNode schema = JSON.objectNode().put("type", "object");
    ObjectNode members = schema.putObject("properties");
    ArrayNode required = JSON.arrayNode();
    for (Property property : properties) {
      members.set(property.name(), property(property, owner));
      if (property.required()) {
        required.add(property.name());
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    return schema;
  }

  /** A property in its wire form; the form is named when it is not the one the mirrored field (or the type) has. */
  ObjectNode property(Property property, Resource owner) {
    ObjectNode schema = types.json(property.type(), property.wireAs(), false);
    describe(schema, property.notes());
    Optional<Field> mirrored = property.field().flatMap(owner::field);
    WireForm inherited = mirrored.map(Field::wireAs).orElse(WireForm.NAME);
    property.field().ifPresent(f -> schema.put(Extensions.FIELD, f));
    if (property.wireAs() != inherited) {
      schema.put(Extensions.WIRE_AS, property.wireAs().specName());
    }
    versions(schema, property.versionAdded(), Optional.empty());
    return schema;
  }

  static ObjectNode enumType(EnumType enumType) {
    ObjectNode schema = JSON.objectNode().put("type", "string").put(Extensions.ENUM, enumType.name());
    describe(schema, enumType.notes());
    ArrayNode names = schema.putArray("enum");
    ObjectNode ordinals = JSON.objectNode();
    enumType.members().forEach(m -> {
      names.add(m.name());
      ordinals.put(m.name(), m.ordinal());
    });
    enumType.defaultMember().ifPresent(d -> schema.put("default", d));
    schema.set(Extensions.ORDINALS, ordinals);
    return schema;
  }

  /** A derivation as the spec writes it: {@code serverTime}, {@code {via: ProvNum, take: Abbr}}, ... */
  private static com.fasterxml.jackson.databind.JsonNode derivation(Derivation derivation) {
    if (derivation instanceof Derivation.ServerTime) {
      return JSON.textNode("serverTime");
    }
    ObjectNode node = JSON.objectNode();
    if (derivation instanceof Derivation.Lookup lookup) {
      node.put("via", lookup.via()).put("take", lookup.take());
    } else if (derivation instanceof Derivation.NameOf nameOf) {
      node.put("nameOf", nameOf.field());
    } else if (derivation instanceof Derivation.NonEmpty nonEmpty) {
      node.put("nonEmpty", nonEmpty.field());
    } else if (derivation instanceof Derivation.Collect collect) {
      node.put("collect", collect.resource()).put("match", collect.match()).put("take", collect.take());
      collect.join().ifPresent(j -> node.put("join", j));
    } else if (derivation instanceof Derivation.Custom custom) {
      node.put("custom", custom.description());
    }
    return node;
  }

  static void describe(ObjectNode node, String notes) {
    if (notes != null && !notes.isBlank()) {
      node.put("description", notes);
    }
  }

  static void versions(ObjectNode node, Optional<String> versionAdded, Optional<String> deprecated) {
    versionAdded.ifPresent(v -> node.put(Extensions.VERSION_ADDED, v));
    deprecated.ifPresent(v -> node.put("deprecated", true).put(Extensions.DEPRECATED, v));
  }
}
