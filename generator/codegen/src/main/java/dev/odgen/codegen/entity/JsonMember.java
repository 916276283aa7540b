package dev.odgen.codegen.entity;

import com.palantir.javapoet.TypeName;
import dev.odgen.spec.model.TypeRef;
import dev.odgen.spec.model.WireForm;

/**
 * One member of a generated record as JSON sees it: the wire name, the Java identifier and type, whether it
 * may be absent ({@code null}), as derived fields and nested models may, and the product version that added
 * it ({@code Open Dental 22.3.6}, or "" when the spec does not say).
 */
record JsonMember(String wireName, String identifier, TypeRef type, WireForm wireAs, boolean nullable, TypeName javaType,
    String since) {

  JsonMember(String wireName, String identifier, TypeRef type, WireForm wireAs, boolean nullable, TypeName javaType) {
    this(wireName, identifier, type, wireAs, nullable, javaType, "");
  }
}
