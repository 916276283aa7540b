package dev.odgen.spec.model;

import java.util.List;
import java.util.Optional;

/**
 * The linked, validated model of a whole spec. Resources and enums are sorted by name; fields keep
 * their declaration order. Built only by the linker.
 */
public record ApiModel(ApiInfo api, List<Resource> resources, List<EnumType> enums, List<Exclusion> exclusions) {

  public ApiModel {
    resources = List.copyOf(resources);
    enums = List.copyOf(enums);
    exclusions = List.copyOf(exclusions);
  }

  public Optional<Resource> resource(String name) {
    return resources.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  public Optional<EnumType> enumType(String name) {
    return enums.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  public Optional<Model> model(String name) {
    return resources.stream().flatMap(r -> r.models().stream()).filter(m -> m.name().equals(name)).findFirst();
  }

  /** Counts for summaries: fields over all resources. */
  public int fieldCount() {
    return resources.stream().mapToInt(r -> r.fields().size()).sum();
  }

  /** Counts for summaries: CRUD operations plus actions over all resources. */
  public int endpointCount() {
    return resources.stream().mapToInt(r -> r.operations().size() + r.actions().size()).sum();
  }
}
