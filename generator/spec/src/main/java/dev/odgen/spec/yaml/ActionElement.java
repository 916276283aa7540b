package dev.odgen.spec.yaml;

import java.util.List;
import java.util.Optional;

/** An action (a non-CRUD endpoint) as written. */
public record ActionElement(
    String name,
    String method,
    String path,
    List<PropertyElement> pathParams,
    List<PropertyElement> params,
    List<PropertyElement> body,
    Optional<ResponseElement> response,
    boolean paged,
    Optional<Integer> status,
    boolean creates,
    Optional<String> versionAdded,
    Optional<String> deprecated,
    String notes,
    Marks marks) {

  public ActionElement {
    pathParams = List.copyOf(pathParams);
    params = List.copyOf(params);
    body = List.copyOf(body);
  }
}
