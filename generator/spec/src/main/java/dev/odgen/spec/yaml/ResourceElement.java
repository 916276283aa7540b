package dev.odgen.spec.yaml;

import java.util.List;
import java.util.Optional;

/**
 * A resource file as written. {@code marks.start()} is where the {@code resource:} key is; the
 * other marks are the file's top-level values.
 */
public record ResourceElement(
    String name,
    String entity,
    String path,
    Optional<String> table,
    Optional<String> id,
    Optional<String> docPage,
    Optional<String> versionAdded,
    String notes,
    List<FieldElement> fields,
    List<OperationElement> operations,
    List<ActionElement> actions,
    List<ModelElement> models,
    Marks marks) {

  public ResourceElement {
    fields = List.copyOf(fields);
    operations = List.copyOf(operations);
    actions = List.copyOf(actions);
    models = List.copyOf(models);
  }
}
