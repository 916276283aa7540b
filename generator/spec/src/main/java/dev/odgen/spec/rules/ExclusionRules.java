package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Suggestions;
import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.link.LinkedSpec;
import dev.odgen.spec.link.Paths;
import dev.odgen.spec.model.Exclusion;
import dev.odgen.spec.model.ExclusionKind;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.rules.Endpoints.Endpoint;
import dev.odgen.spec.yaml.Marks;
import java.util.List;
import java.util.Optional;

/**
 * Checks exclusions against the model: each names an existing resource; an excluded endpoint is not
 * also modelled; a parameter or body field is excluded from an endpoint that is modelled and does
 * not carry it; an excluded response field is not a field of the resource.
 */
final class ExclusionRules implements Rule {

  @Override
  public void check(LinkedSpec spec, Diagnostics diagnostics) {
    List<String> names = spec.model().resources().stream().map(Resource::name).toList();
    for (Exclusion exclusion : spec.model().exclusions()) {
      Marks marks = spec.sources().marks(exclusion.location());
      Trail trail = Trail.empty().in("in the exclusion of resource '" + exclusion.resource() + "'",
          exclusion.location());
      Optional<Resource> resource = spec.model().resource(exclusion.resource());
      if (resource.isEmpty()) {
        diagnostics.error(marks.of("resource"), trail, "unknown resource '" + exclusion.resource() + "'",
            Suggestions.useOneOf("resource", exclusion.resource(), names));
        continue;
      }
      Optional<Endpoint> modelled = exclusion.endpoint().flatMap(e -> find(resource.get(), e));
      String endpoint = exclusion.endpoint().orElse("");
      switch (exclusion.kind()) {
        case ENDPOINT -> modelled.ifPresent(m -> diagnostics.error(marks.of("endpoint"),
            trail.in("modelled as " + m.label(), m.location()),
            "endpoint " + endpoint + " is excluded but also modelled", "remove the exclusion or the endpoint"));
        case QUERY_PARAM, BODY_FIELD -> checkPart(exclusion, modelled, resource.get(), marks, trail, diagnostics);
        case RESPONSE_FIELD -> resource.get().field(exclusion.name().orElse("")).ifPresent(f -> diagnostics.error(
            marks.of("responseField"), trail.in("modelled as field '" + f.name() + "'", f.location()),
            "response field '" + f.name() + "' is excluded but also modelled", "remove the exclusion or the field"));
      }
    }
  }

  private static void checkPart(Exclusion exclusion, Optional<Endpoint> modelled, Resource resource, Marks marks,
      Trail trail, Diagnostics diagnostics) {
    String endpoint = exclusion.endpoint().orElse("");
    if (modelled.isEmpty()) {
      List<String> known = Endpoints.of(resource).stream().map(Endpoint::shown).toList();
      diagnostics.error(marks.of("endpoint"), trail,
          "endpoint " + endpoint + " is not an endpoint of resource '" + resource.name() + "'",
          Suggestions.useOneOf("endpoint", endpoint, known));
      return;
    }
    String name = exclusion.name().orElse("");
    String key = exclusion.kind() == ExclusionKind.QUERY_PARAM ? "queryParam" : "bodyField";
    if (carries(modelled.get(), name, key.equals("queryParam"))) {
      diagnostics.error(marks.of(key), trail.in("modelled in " + modelled.get().label(), modelled.get().location()),
          "'" + name + "' is excluded from " + endpoint + " but also modelled there",
          "remove the exclusion or the " + (key.equals("queryParam") ? "parameter" : "body field"));
    }
  }

  private static boolean carries(Endpoint endpoint, String name, boolean query) {
    if (endpoint.operation() != null) {
      return query
          ? endpoint.operation().filters().stream().anyMatch(f -> f.param().equals(name))
          : endpoint.operation().body().stream().anyMatch(b -> b.name().equals(name));
    }
    return (query ? endpoint.action().params() : endpoint.action().body()).stream()
        .anyMatch(p -> p.name().equals(name));
  }

  private static Optional<Endpoint> find(Resource resource, String endpoint) {
    int space = endpoint.indexOf(' ');
    if (space < 0) {
      return Optional.empty();
    }
    String key = endpoint.substring(0, space) + " " + Paths.routeKey(endpoint.substring(space + 1));
    return Endpoints.of(resource).stream().filter(e -> e.routeKey().equals(key)).findFirst();
  }
}
