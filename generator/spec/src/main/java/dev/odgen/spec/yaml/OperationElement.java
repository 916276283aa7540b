package dev.odgen.spec.yaml;

import dev.odgen.spec.model.OperationKind;
import java.util.List;
import java.util.Optional;

/**
 * A CRUD operation as written. {@code body} holds create/update entries, required ones first as
 * written. {@code marks.start()} is where the operation's key ({@code get:}, {@code list:}) is.
 */
public record OperationElement(
    OperationKind kind,
    Optional<String> path,
    Optional<Integer> status,
    List<FilterElement> filters,
    List<BodyFieldElement> body,
    Optional<String> versionAdded,
    Optional<String> deprecated,
    String notes,
    Marks marks) {

  public OperationElement {
    filters = List.copyOf(filters);
    body = List.copyOf(body);
  }
}
