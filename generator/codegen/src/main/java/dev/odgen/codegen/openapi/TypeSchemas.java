package dev.odgen.codegen.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.odgen.spec.model.ApiInfo;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.EnumMember;
import dev.odgen.spec.model.TypeRef;
import dev.odgen.spec.model.WireForm;

/**
 * The JSON Schema of a value of a spec type: in a JSON body, in the form it travels in ({@code wire} settings and
 * {@code wireAs}), or as the text of a path or query parameter. Every schema carries {@code x-odgen-type} and what
 * the type points at, so the spec type survives where JSON Schema only says "integer" or "string".
 */
final class TypeSchemas {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String WHOLE_NUMBER = "^-?\\d+$";
  private static final String TWO_DECIMALS = "^-?\\d+\\.\\d{2}$";
  private static final String TRIMMED_NUMBER = "^-?\\d+(\\.\\d+)?$";
  private static final String COLOR = "^\\d{1,3},\\d{1,3},\\d{1,3}$";
  private static final String INTERVAL = "^(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?$";

  private final ApiModel model;
  private final SchemaNames names;

  TypeSchemas(ApiModel model, SchemaNames names) {
    this.model = model;
    this.names = names;
  }

  /** The schema of a value in a JSON body, written in {@code form}. */
  ObjectNode json(TypeRef type, WireForm form, boolean signed) {
    ObjectNode schema = type.list() ? array(single(type, form, signed, false)) : single(type, form, signed, false);
    return withType(schema, type);
  }

  /** The schema of a path or query parameter: text in the type's own form (a bool is {@code true}/{@code false}). */
  ObjectNode text(TypeRef type) {
    ObjectNode schema = type.list()
        ? array(single(type, WireForm.NAME, false, true))
        : single(type, WireForm.NAME, false, true);
    return withType(schema, type);
  }

  private static ObjectNode array(ObjectNode items) {
    ObjectNode schema = JSON.objectNode().put("type", "array");
    schema.set("items", items);
    return schema;
  }

  private ObjectNode withType(ObjectNode schema, TypeRef type) {
    schema.put(Extensions.TYPE, type.kind().specName());
    type.ref().ifPresent(r -> schema.put(Extensions.REF, r));
    type.enumName().ifPresent(e -> schema.put(Extensions.ENUM, e));
    type.model().ifPresent(m -> schema.put(Extensions.MODEL, m));
    return schema;
  }

  private ObjectNode single(TypeRef type, WireForm form, boolean signed, boolean asText) {
    ApiInfo.WireFormat wire = model.api().wire();
    return switch (type.kind()) {
      case ID, REF, LONG -> form == WireForm.STRING ? pattern(WHOLE_NUMBER) : integer("int64");
      case INT -> form == WireForm.STRING ? pattern(WHOLE_NUMBER) : integer("int32");
      case BYTE -> form == WireForm.STRING ? pattern(WHOLE_NUMBER)
          : integer("int32").put("minimum", signed ? -128 : 0).put("maximum", signed ? 127 : 255);
      case STRING -> strings(type).put("maxLength", type.maxLength());
      case TEXT -> strings(type);
      case MONEY -> form == WireForm.STRING ? pattern(TWO_DECIMALS)
          : form == WireForm.TRIMMED_STRING ? pattern(TRIMMED_NUMBER) : number("double");
      case DOUBLE -> form == WireForm.TRIMMED_STRING ? pattern(TRIMMED_NUMBER) : number("double");
      case FLOAT -> form == WireForm.TRIMMED_STRING ? pattern(TRIMMED_NUMBER) : number("float");
      case BOOL -> wire.booleansAsStrings() && !asText ? stringEnum("true", "false") : JSON.objectNode().put("type", "boolean");
      case DATE -> date(wire.date());
      case DATE_TIME, TIMESTAMP -> form == WireForm.DATE ? date(wire.date()) : pattern(DatePatterns.of(wire.dateTime()));
      case TIME -> pattern(DatePatterns.of(wire.time()));
      case ENUM -> form == WireForm.ORDINAL ? ordinals(type.enumName().orElseThrow())
          : JSON.objectNode().put("$ref", SchemaNames.ref(names.enumType(type.enumName().orElseThrow())));
      case COLOR -> pattern(COLOR);
      case INTERVAL -> pattern(INTERVAL);
      case MODEL -> JSON.objectNode().put("$ref", SchemaNames.ref(names.model(type.model().orElseThrow())));
    };
  }

  /** A date: JSON Schema's {@code date} format too when the API writes dates as RFC 3339 full dates. */
  private static ObjectNode date(String format) {
    ObjectNode schema = pattern(DatePatterns.of(format));
    return format.equals("yyyy-MM-dd") ? schema.put("format", "date") : schema;
  }

  private static ObjectNode strings(TypeRef type) {
    if (type.values().isEmpty()) {
      return JSON.objectNode().put("type", "string");
    }
    return stringEnum(type.values().toArray(String[]::new));
  }

  private static ObjectNode stringEnum(String... values) {
    ObjectNode schema = JSON.objectNode().put("type", "string");
    ArrayNode members = schema.putArray("enum");
    for (String value : values) {
      members.add(value);
    }
    return schema;
  }

  private ObjectNode ordinals(String enumName) {
    ObjectNode schema = JSON.objectNode().put("type", "integer");
    ArrayNode members = schema.putArray("enum");
    model.enumType(enumName).orElseThrow().members().stream().mapToInt(EnumMember::ordinal).forEach(members::add);
    return schema;
  }

  private static ObjectNode pattern(String regex) {
    return JSON.objectNode().put("type", "string").put("pattern", regex);
  }

  private static ObjectNode integer(String format) {
    return JSON.objectNode().put("type", "integer").put("format", format);
  }

  private static ObjectNode number(String format) {
    return JSON.objectNode().put("type", "number").put("format", format);
  }
}
