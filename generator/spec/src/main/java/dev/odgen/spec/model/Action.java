package dev.odgen.spec.model;

import dev.odgen.spec.diag.Location;
import java.util.List;
import java.util.Optional;

/**
 * A non-CRUD endpoint of a resource. {@code path} is relative to the API base path. {@code creates} says that
 * it makes a new row: it answers {@code status} (201 unless the spec says otherwise) and, when it answers one row
 * of a resource, a {@code Location} header.
 */
public record Action(
    String name,
    String method,
    String path,
    List<Property> pathParams,
    List<Property> params,
    List<Property> body,
    ResponseShape response,
    boolean paged,
    int status,
    boolean creates,
    Optional<String> versionAdded,
    Optional<String> deprecated,
    String notes,
    Location location) {

  public Action {
    pathParams = List.copyOf(pathParams);
    params = List.copyOf(params);
    body = List.copyOf(body);
  }
}
