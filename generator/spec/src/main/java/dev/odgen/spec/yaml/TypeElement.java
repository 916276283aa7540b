package dev.odgen.spec.yaml;

import java.util.List;
import java.util.Optional;

/**
 * The type keys of a field, parameter, filter or model property as written: {@code type} and what
 * it points at. Names are not resolved yet. Its locations are in the owner's marks.
 */
public record TypeElement(
    Optional<String> type,
    Optional<String> ref,
    Optional<String> enumName,
    Optional<String> model,
    Optional<Integer> maxLength,
    boolean list,
    List<String> values) {

  public TypeElement {
    values = List.copyOf(values);
  }

  public static TypeElement none() {
    return new TypeElement(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        false, List.of());
  }
}
