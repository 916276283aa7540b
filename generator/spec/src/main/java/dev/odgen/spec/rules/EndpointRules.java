package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Location;
import dev.odgen.spec.link.LinkedSpec;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.rules.Endpoints.Endpoint;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks endpoints across the whole API: paths start with '/', and no two endpoints (operations or
 * actions, of any resources) share a method and path, since a server could route only one of them.
 */
final class EndpointRules implements Rule {

  @Override
  public void check(LinkedSpec spec, Diagnostics diagnostics) {
    for (Resource resource : spec.model().resources()) {
      if (!resource.path().startsWith("/")) {
        diagnostics.error(spec.sources().marks(resource.location()).of("path"), ModelTrails.resource(resource),
            "path '" + resource.path() + "' does not start with '/'", "write it as '/" + resource.path() + "'");
      }
    }
    Map<String, Endpoint> seen = new HashMap<>();
    for (Endpoint endpoint : Endpoints.of(spec.model())) {
      Location pathAt = spec.sources().marks(endpoint.location()).of("path");
      if (!endpoint.path().startsWith("/") && !pathAt.equals(endpoint.location())) {
        diagnostics.error(pathAt, endpoint.trail(), "path '" + endpoint.path() + "' does not start with '/'",
            "write it as '/" + endpoint.path() + "'");
      }
      Endpoint first = seen.putIfAbsent(endpoint.routeKey(), endpoint);
      if (first != null) {
        diagnostics.error(endpoint.location(), endpoint.trail().in("first declared as " + first.label(),
                first.location()),
            "endpoint " + endpoint.shown() + " is declared twice",
            "remove one of them, or give them different paths");
      }
    }
  }
}
