package dev.odgen.codegen.client;

import com.palantir.javapoet.TypeName;
import dev.odgen.codegen.emit.Docs;
import dev.odgen.codegen.emit.JavaTypes;
import dev.odgen.spec.model.TypeRef;
import dev.odgen.spec.model.WireForm;

/**
 * One input of a call that is not in its path: a query parameter (a list filter or an action parameter) or
 * a body field, with its Java name and type.
 *
 * @param wireName the name on the wire
 * @param identifier the Java name (method parameter, record component, fluent setter)
 * @param wireAs how an enum value travels
 * @param required whether every call must send it; optional ones may be {@code null}, meaning "not sent"
 * @param doc what it does, as Javadoc text without its wire name and trailing period; may be empty
 */
record Input(String wireName, String identifier, TypeRef type, WireForm wireAs, boolean required, Place place,
    String doc) {

  /** Where an input travels. */
  enum Place {
    QUERY,
    BODY
  }

  /** The type that holds it: primitives for required values, boxed (nullable) ones for optional values. */
  TypeName javaType(JavaTypes types) {
    return required ? types.of(type) : types.nullable(type);
  }

  /** The type of a value given to set it: primitives where possible, so {@code patNum(48)} compiles. */
  TypeName valueType(JavaTypes types) {
    return types.of(type);
  }

  /** {@code {@code PatNum}: only Visits whose ...}: the wire name and what it does, for Javadoc. */
  String describe() {
    return "{@code " + Docs.text(wireName) + "}" + (doc.isEmpty() ? "" : ": " + doc);
  }

  /** Whether its Java value may be {@code null}. */
  boolean nullable(JavaTypes types) {
    return !javaType(types).isPrimitive();
  }
}
