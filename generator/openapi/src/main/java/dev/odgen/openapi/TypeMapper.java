package dev.odgen.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.codegen.openapi.Extensions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The spec type of a schema, as the type keys a spec writes ({@code type}, {@code ref}, {@code enum},
 * {@code model}, {@code maxLength}, {@code list}, {@code values}). A schema odgen exported names its type in
 * {@code x-odgen-type}; any other is read from JSON Schema: integer formats, number formats, string formats
 * (date, date-time, time), string enums (which become enums), component objects (which become models where a
 * model may stand) and arrays of those. What has no spec type comes back with the reason.
 */
final class TypeMapper {

  /** Where a value stands: what it may be there. */
  enum Use {
    /** A column of a table: no lists, no objects. */
    COLUMN(false, false),
    /** A query or path parameter: no objects. */
    PARAMETER(true, false),
    /** A model's field or an action's body entry: lists and models too. */
    PROPERTY(true, true);

    final boolean lists;
    final boolean models;

    Use(boolean lists, boolean models) {
      this.lists = lists;
      this.models = models;
    }
  }

  /** The type keys, or why there are none. */
  record Mapped(Map<String, Object> keys, String reason) {
    boolean ok() {
      return keys != null;
    }

    static Mapped no(String reason) {
      return new Mapped(null, reason);
    }
  }

  private final Doc doc;
  private final Catalog catalog;

  TypeMapper(Doc doc, Catalog catalog) {
    this.doc = doc;
    this.catalog = catalog;
  }

  /**
   * The type of the schema at {@code pointer}; {@code owner} and {@code property} name an inline enum
   * ({@code PetStatus}), {@code resource} declares the models it brings.
   */
  Mapped map(String pointer, String owner, String property, String resource, Use use) {
    JsonNode schema = doc.node(pointer);
    if (schema.has(Extensions.TYPE)) {
      return exported(schema);
    }
    return inferred(pointer, owner, property, resource, use, false);
  }

  private static Mapped exported(JsonNode schema) {
    Map<String, Object> keys = new LinkedHashMap<>();
    String type = schema.get(Extensions.TYPE).asText();
    keys.put("type", type);
    Doc.text(schema, Extensions.REF).ifPresent(r -> keys.put("ref", r));
    Doc.text(schema, Extensions.ENUM).ifPresent(e -> keys.put("enum", e));
    Doc.text(schema, Extensions.MODEL).ifPresent(m -> keys.put("model", m));
    boolean list = Doc.type(schema).filter("array"::equals).isPresent();
    JsonNode single = list ? schema.path("items") : schema;
    if (type.equals("string") && single.has("maxLength") && single.get("maxLength").asInt() != 255) {
      keys.put("maxLength", single.get("maxLength").asInt());
    }
    if ((type.equals("string") || type.equals("text")) && single.has("enum")) {
      keys.put("values", strings(single.get("enum")));
    }
    if (list) {
      keys.put("list", true);
    }
    return new Mapped(keys, null);
  }

  private Mapped inferred(String pointer, String owner, String property, String resource, Use use, boolean inList) {
    Optional<String> refName = doc.schemaName(pointer);
    String resolved = doc.resolve(pointer);
    JsonNode schema = doc.node(resolved);
    Map<String, Object> keys = new LinkedHashMap<>();
    Optional<String> type = Doc.type(schema);
    if (schema.has("enum") && type.filter("string"::equals).isPresent()) {
      String name = refName.map(Names::upperCamel).orElse(Names.upperCamel(owner + "_" + property));
      keys.put("type", "enum");
      keys.put("enum", enumFor(refName.orElse(null), name, schema));
      if (use == Use.COLUMN) {
        keys.put("storeAs", "name");  // a new enum has no ordinals of its own: the column keeps the member's name
      }
      return new Mapped(keys, null);
    }
    if (type.isEmpty() && (schema.has("properties") || schema.has("allOf") || schema.has("oneOf")
        || schema.has("anyOf"))) {
      type = Optional.of("object");
    }
    if (type.isEmpty()) {
      return Mapped.no("its schema gives no type");
    }
    String format = Doc.text(schema, "format").orElse("");
    switch (type.get()) {
      case "integer" -> keys.put("type", format.equals("int32") ? "int" : "long");
      case "number" -> keys.put("type", format.equals("float") ? "float" : "double");
      case "boolean" -> keys.put("type", "bool");
      case "string" -> {
        switch (format) {
          case "date" -> keys.put("type", "date");
          case "date-time" -> keys.put("type", "dateTime");
          case "time" -> keys.put("type", "time");
          default -> {
            if (schema.has("maxLength") && schema.get("maxLength").asInt() <= 65_535) {
              keys.put("type", "string");
              if (schema.get("maxLength").asInt() != 255) {
                keys.put("maxLength", schema.get("maxLength").asInt());
              }
            } else {
              keys.put("type", "text");
            }
          }
        }
      }
      case "array" -> {
        if (!use.lists || inList) {
          return Mapped.no(inList ? "it is a list of lists" : "it is a list, which a table column cannot hold");
        }
        Mapped item = inferred(LocatedJson.child(resolved, "items"), owner, property, resource, use, true);
        if (!item.ok()) {
          return Mapped.no("its items cannot be mapped: " + item.reason());
        }
        keys.putAll(item.keys());
        keys.put("list", true);
      }
      case "object" -> {
        if (!use.models) {
          return Mapped.no("it is an object, which a " + (use == Use.COLUMN ? "table column" : "parameter")
              + " cannot hold");
        }
        if (refName.isEmpty() || !schema.has("properties")) {
          return Mapped.no("it is an inline object or one without properties; give it a component schema");
        }
        keys.put("type", "model");
        keys.put("model", catalog.model(refName.get(), resolved, resource));
      }
      default -> {
        return Mapped.no("its type '" + type.get() + "' has no spec type");
      }
    }
    return new Mapped(keys, null);
  }

  /** The enum of a string enum schema: the component's enum when there is one, else a new one. */
  private String enumFor(String schemaName, String wanted, JsonNode schema) {
    String key = schemaName == null ? null : "schema:" + schemaName;
    if (key != null && catalog.modelSchemas.containsKey(key)) {
      return catalog.modelSchemas.get(key);
    }
    String name = Names.unique(wanted, catalog.typeNames);
    Map<String, Long> members = new LinkedHashMap<>();
    long ordinal = 0;
    for (JsonNode member : schema.get("enum")) {
      if (!member.isNull() && !members.containsKey(member.asText())) {
        members.put(member.asText(), ordinal++);
      }
    }
    catalog.enums.put(name, new Catalog.EnumDef(members, Doc.text(schema, "default").filter(members::containsKey),
        Doc.text(schema, "description").orElse("")));
    if (key != null) {
      catalog.modelSchemas.put(key, name);
    }
    return name;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new java.util.ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
