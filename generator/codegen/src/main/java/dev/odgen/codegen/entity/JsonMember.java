package dev.odgen.codegen.entity;

import com.palantir.javapoet.TypeName;
import dev.odgen.spec.model.TypeRef;
import dev.odgen.spec.model.WireForm;

/**
 * One member of a generated record as JSON sees it: the wire name, the Java identifier and type, and
 * whether it may be absent ({@code null}), as derived fields and nested models may.
 */
record JsonMember(String wireName, String identifier, TypeRef type, WireForm wireAs, boolean nullable, TypeName javaType) {}
