package dev.odgen.samples.e2e;

import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;

/** The paths of a resource's operations, with ids filled in. */
final class Paths {
  private Paths() {}

  /** The path of {@code kind} on {@code resource}; for item operations with {@code id} in place of the id. */
  static String of(Resource resource, OperationKind kind, long id) {
    String path = resource.operation(kind).orElseThrow().path();
    return path.replaceAll("\\{[^}]+}", Long.toString(id));
  }

  static String of(Resource resource, OperationKind kind) {
    return resource.operation(kind).orElseThrow().path();
  }
}
