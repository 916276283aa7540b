package dev.odgen.spec.model;

import dev.odgen.spec.diag.Location;
import java.util.List;
import java.util.Optional;

/**
 * A CRUD operation of a resource. {@code path} is relative to the API base path and uses
 * {@code {IdField}} for the id. {@code status} is the success status (201 for create, 200 for the
 * others, unless the spec says otherwise). Filters apply to LIST, body fields to CREATE and UPDATE.
 */
public record Operation(
    OperationKind kind,
    String path,
    int status,
    List<Filter> filters,
    List<BodyField> body,
    Optional<String> versionAdded,
    Optional<String> deprecated,
    String notes,
    Location location) {

  public Operation {
    filters = List.copyOf(filters);
    body = List.copyOf(body);
  }

  public String method() {
    return kind.method();
  }
}
