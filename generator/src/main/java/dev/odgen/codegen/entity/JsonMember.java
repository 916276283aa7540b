package dev.odgen.codegen.entity;

import com.palantir.javapoet.TypeName;
import dev.odgen.spec.model.EnumWire;
import dev.odgen.spec.model.TypeRef;

/**
 * One member of a generated record as JSON sees it: the wire name, the Java identifier and type, and
 * whether it may be absent ({@code null}), as derived fields and nested models may.
 */
record JsonMember(String wireName, String identifier, TypeRef type, EnumWire wireAs, boolean nullable, TypeName javaType) {}
