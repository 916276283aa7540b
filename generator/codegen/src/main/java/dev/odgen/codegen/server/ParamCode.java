package dev.odgen.codegen.server;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.WireCode;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.runtime.wire.WireFormatException;
import dev.odgen.runtime.wire.WireValues;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.TypeRef;
import dev.odgen.spec.model.WireForm;
import java.util.List;
import java.util.Optional;

/**
 * Expressions that read one typed request value, validated by the runtime (whose messages name the parameter
 * and the allowed values): path parameters from {@code request}, query parameters from the runtime's
 * {@code QueryReader} named {@value #QUERY}, body fields from the {@code WireReader} named
 * {@value JavaNames#READER}. Absent optional values are {@code null}, absent lists empty.
 */
final class ParamCode {

  static final String QUERY = "query";
  static final ClassName WIRE_FORMAT_EXCEPTION = ClassName.get(WireFormatException.class);
  static final ClassName WIRE_VALUES = ClassName.get(WireValues.class);

  private final EmitContext ctx;
  private final WireCode wire;

  ParamCode(EmitContext ctx) {
    this.ctx = ctx;
    this.wire = ctx.wire();
  }

  /** {@code request.pathLong("AptNum")}. */
  CodeBlock path(Property param) {
    return switch (param.type().kind()) {
      case ID, REF, LONG -> CodeBlock.of("$N.pathLong($S)", JavaNames.REQUEST, param.name());
      case INT, BYTE -> CodeBlock.of("$T.parseInt($S, $N.pathParam($S))", WIRE_VALUES, param.name(), JavaNames.REQUEST,
          param.name());
      default -> CodeBlock.of("$N.pathParam($S)", JavaNames.REQUEST, param.name());
    };
  }

  /**
   * {@code query.optLong("PatNum").orElse(null)}, or {@code .orElseThrow(() -> WireFormatException.missing("date"))}
   * when required; lists of whole numbers come as {@code 1,2,3} or repeated parameters.
   */
  CodeBlock query(String name, TypeRef type, boolean required) {
    return query(name, type, required, Optional.empty());
  }

  /** {@link #query(String, TypeRef, boolean)} with the value an absent parameter takes: {@code .orElse(false)}. */
  CodeBlock query(String name, TypeRef type, boolean required, Optional<String> defaultValue) {
    if (type.list()) {
      if (!type.kind().isKey() && type.kind() != FieldType.LONG) {
        throw new IllegalArgumentException("query parameter '" + name + "': lists of " + type.kind().specName()
            + " are not supported; use a list of ref or long");
      }
      CodeBlock list = CodeBlock.of("$N.getLongList($S)", QUERY, name);
      return required
          ? CodeBlock.of("$T.of($L).filter(values -> !values.isEmpty())\n.orElseThrow(() -> $T.missing($S))",
              Optional.class, list, WIRE_FORMAT_EXCEPTION, name)
          : list;
    }
    CodeBlock optional = optional(name, type);
    if (required) {
      return CodeBlock.of("$L.orElseThrow(() -> $T.missing($S))", optional, WIRE_FORMAT_EXCEPTION, name);
    }
    return CodeBlock.of("$L.orElse($L)", optional, defaultValue.map(v -> literal(type, v)).orElse(CodeBlock.of("null")));
  }

  // a default the spec rules let through: true/false, a whole number, or text
  private static CodeBlock literal(TypeRef type, String value) {
    return switch (type.kind()) {
      case BOOL -> CodeBlock.of("$L", Boolean.parseBoolean(value));
      case INT -> CodeBlock.of("$L", Integer.parseInt(value));
      case LONG -> CodeBlock.of("$LL", Long.parseLong(value));
      case STRING -> CodeBlock.of("$S", value);
      default -> throw new IllegalArgumentException("a default for a filter of type " + type.kind().specName());
    };
  }

  /** The body field of an action: read when required, else {@code in.has(name) ? <read> : null}. */
  CodeBlock body(Property param, Resource owner) {
    TypeRef type = param.type();
    WireForm wireAs = param.wireAs();
    boolean signed = param.field().flatMap(owner::field).map(Field::signed).orElse(false);
    CodeBlock read = !type.values().isEmpty() && type.kind() == FieldType.STRING && !type.list()
        ? CodeBlock.of("$N.getOneOf($S, $L)", JavaNames.READER, param.name(), allowed(type))
        : wire.checked(type, signed, param.name(), wire.read(type, wireAs, param.name()));
    if (param.required()) {
      // a required date given blank reads as null: it names no date, so it counts as missing
      return isDateOrTime(type) ? CodeBlock.of("$T.present($S, $L)", WireCode.CHECKS, param.name(), read) : read;
    }
    CodeBlock absent = type.list() ? CodeBlock.of("$T.of()", List.class) : CodeBlock.of("null");
    return CodeBlock.of("$N.has($S) ? $L : $L", JavaNames.READER, param.name(), read, absent);
  }

  private static boolean isDateOrTime(TypeRef type) {
    return !type.list() && switch (type.kind()) {
      case DATE, DATE_TIME, TIMESTAMP, TIME -> true;
      default -> false;
    };
  }

  // emits: query.optLong("PatNum"), query.optEnum("AptStatus", ApptStatus.class), query.optOneOf("x", List.of(...))
  private CodeBlock optional(String name, TypeRef type) {
    if (!type.values().isEmpty() && type.kind() == FieldType.STRING) {
      return CodeBlock.of("$N.optOneOf($S, $L)", QUERY, name, allowed(type));
    }
    return switch (type.kind()) {
      case ID, REF, LONG -> opt("optLong", name);
      case INT, BYTE -> opt("optInt", name);
      case STRING, TEXT -> opt("optString", name);
      case BOOL -> opt("optBool", name);
      case MONEY -> opt("optMoney", name);
      case DOUBLE -> opt("optDouble", name);
      case FLOAT -> CodeBlock.of("$L.map(Double::floatValue)", opt("optDouble", name));
      case DATE -> opt("optDate", name);
      case DATE_TIME, TIMESTAMP -> opt("optDateTime", name);
      case TIME -> opt("optTime", name);
      case COLOR -> opt("optColor", name);
      case INTERVAL -> opt("optInterval", name);
      case ENUM -> CodeBlock.of("$N.optEnum($S, $T.class)", QUERY, name, ctx.types().element(type));
      case MODEL -> throw new IllegalArgumentException("query parameter '" + name + "' cannot be a model");
    };
  }

  private static CodeBlock opt(String method, String name) {
    return CodeBlock.of("$N.$L($S)", QUERY, method, name);
  }

  private static CodeBlock allowed(TypeRef type) {
    return CodeBlock.of("$T.of($L)", List.class,
        CodeBlock.join(type.values().stream().map(v -> CodeBlock.of("$S", v)).toList(), ", "));
  }
}
