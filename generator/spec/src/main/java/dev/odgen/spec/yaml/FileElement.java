package dev.odgen.spec.yaml;

import dev.odgen.spec.diag.Location;
import java.util.List;
import java.util.Optional;

/**
 * One spec file as read: its kind, the part that kind carries, and the enums any file may declare.
 * {@code location} is where the file's top-level key starts.
 */
public record FileElement(
    String path,
    FileKind kind,
    Location location,
    Optional<ApiElement> api,
    Optional<ResourceElement> resource,
    List<ExclusionElement> exclusions,
    List<EnumElement> enums) {

  public FileElement {
    exclusions = List.copyOf(exclusions);
    enums = List.copyOf(enums);
  }
}
