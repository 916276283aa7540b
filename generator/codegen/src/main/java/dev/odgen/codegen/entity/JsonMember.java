package dev.odgen.codegen.entity;

import com.palantir.javapoet.TypeName;
import dev.odgen.spec.model.TypeRef;
import dev.odgen.spec.model.WireForm;

/**
 * One member of a generated record as JSON sees it: the wire name, the Java identifier and type, whether it
 * may be absent ({@code null}), as derived fields, nested models and, with {@code blanks: null}, columns may,
 * and the product version that added it ({@code Open Dental 22.3.6}, or "" when the spec does not say).
 * {@code nullOnWire} says that an absent value is written as JSON null rather than left out (columns of an API
 * whose blanks are null). {@code internal} marks a stored column that never travels: it is neither written nor read.
 */
record JsonMember(
    String wireName, String identifier, TypeRef type, WireForm wireAs, boolean nullable, TypeName javaType,
    boolean nullOnWire, String since, boolean internal) {

  /** A member left out of the JSON when it is absent, of no recorded version. */
  JsonMember(String wireName, String identifier, TypeRef type, WireForm wireAs, boolean nullable, TypeName javaType) {
    this(wireName, identifier, type, wireAs, nullable, javaType, false, "", false);
  }

  /** A member of no recorded version. */
  JsonMember(String wireName, String identifier, TypeRef type, WireForm wireAs, boolean nullable, TypeName javaType,
      boolean nullOnWire) {
    this(wireName, identifier, type, wireAs, nullable, javaType, nullOnWire, "", false);
  }
}
