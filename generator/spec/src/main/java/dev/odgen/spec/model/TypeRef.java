package dev.odgen.spec.model;

import java.util.List;
import java.util.Optional;

/**
 * A resolved type: the kind plus what it points at (a resource for refs, an enum, a model), the
 * string length, whether it is a JSON array, and a fixed set of string values where the spec gave one.
 */
public record TypeRef(
    FieldType kind,
    Optional<String> ref,
    Optional<String> enumName,
    Optional<String> model,
    int maxLength,
    boolean list,
    List<String> values) {

  public static final int DEFAULT_MAX_LENGTH = 255;

  public TypeRef {
    values = List.copyOf(values);
  }

  public static TypeRef of(FieldType kind) {
    return new TypeRef(kind, Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_MAX_LENGTH, false, List.of());
  }

  public TypeRef asList() {
    return new TypeRef(kind, ref, enumName, model, maxLength, true, values);
  }
}
