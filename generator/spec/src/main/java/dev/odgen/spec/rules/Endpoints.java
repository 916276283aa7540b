package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Location;
import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.link.Paths;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every endpoint of a spec, operations and actions alike, in file order. */
final class Endpoints {

  /** One endpoint: {@code METHOD path}, what declares it, and where. */
  record Endpoint(Resource resource, String method, String path, String label, Location location, Trail trail,
      Operation operation, Action action) {

    /** The method and the path with placeholders blanked: two endpoints with one key clash. */
    String routeKey() {
      return method + " " + Paths.routeKey(path);
    }

    String shown() {
      return method + " " + path;
    }
  }

  private Endpoints() {}

  static List<Endpoint> of(ApiModel model) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Resource resource : model.resources()) {
      endpoints.addAll(of(resource));
    }
    endpoints.sort(Comparator.comparing(Endpoint::location));
    return endpoints;
  }

  static List<Endpoint> of(Resource resource) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Operation operation : resource.operations()) {
      endpoints.add(new Endpoint(resource, operation.method(), operation.path(),
          "operation '" + operation.kind().specName() + "' of resource '" + resource.name() + "'",
          operation.location(), ModelTrails.operation(resource, operation), operation, null));
    }
    for (Action action : resource.actions()) {
      endpoints.add(new Endpoint(resource, action.method(), action.path(),
          "action '" + action.name() + "' of resource '" + resource.name() + "'", action.location(),
          ModelTrails.action(resource, action), null, action));
    }
    return endpoints;
  }
}
