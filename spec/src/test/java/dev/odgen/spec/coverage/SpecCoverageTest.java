package dev.odgen.spec.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.spec.SpecLoader;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.Exclusion;
import dev.odgen.spec.model.ExclusionKind;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.Model;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares the shipped Open Dental spec with the documented facts: every resource, endpoint,
 * query parameter, body field and response field is either modelled or excluded with a reason.
 * Prints the figures per kind and fails on anything missing.
 */
class SpecCoverageTest {

  private static final ReferenceFacts FACTS = ReferenceFacts.fromSystemProperty();
  private static ApiModel model;

  @BeforeAll
  static void loadSpec() throws Exception {
    model = SpecLoader.load(ReferenceFacts.specDirFromSystemProperty(), java.nio.file.Path.of(""));
  }

  @Test
  void everyDocumentedThingIsModelledOrExcluded() {
    CoverageTally tally = new CoverageTally();
    for (String name : FACTS.resourceNames()) {
      Optional<Resource> resource = model.resource(name);
      if (resource.isEmpty()) {
        tally.missing("resource", name);
        continue;
      }
      tally.modelled("resource");
      checkResource(name, resource.get(), FACTS.api(name), tally);
    }
    System.out.println(tally.report());
    assertTrue(tally.missingItems().isEmpty(),
        "documented but neither modelled nor excluded:\n  " + String.join("\n  ", tally.missingItems()));
  }

  @Test
  void everyExclusionNamesSomethingDocumentedAndNotModelled() {
    List<String> problems = new ArrayList<>();
    for (Exclusion exclusion : model.exclusions()) {
      JsonNode api = FACTS.api(exclusion.resource());
      Optional<Resource> resource = model.resource(exclusion.resource());
      String where = exclusion.location() + ": ";
      if (exclusion.kind() == ExclusionKind.RESPONSE_FIELD) {
        Set<String> documented = documentedResponseNames(api);
        String field = exclusion.name().orElseThrow();
        if (!documented.contains(field)) {
          problems.add(where + "response field '" + field + "' is not documented for " + exclusion.resource());
        } else if (resource.isPresent() && responseNames(resource.get()).contains(field)) {
          problems.add(where + "response field '" + field + "' is excluded but also modelled");
        }
        continue;
      }
      String endpoint = exclusion.endpoint().orElseThrow();
      Optional<JsonNode> documented = documentedEndpoint(api, endpoint);
      if (documented.isEmpty()) {
        problems.add(where + "endpoint '" + endpoint + "' is not documented for " + exclusion.resource());
        continue;
      }
      Optional<ModelledEndpoint> modelled = resource.map(r -> endpoints(r).get(normalize(endpoint)));
      switch (exclusion.kind()) {
        case ENDPOINT -> {
          if (modelled.isPresent()) {
            problems.add(where + "endpoint '" + endpoint + "' is excluded but also modelled");
          }
        }
        case QUERY_PARAM, BODY_FIELD -> {
          String list = exclusion.kind() == ExclusionKind.QUERY_PARAM ? "queryParams" : "bodyFields";
          String param = exclusion.name().orElseThrow();
          if (!names(documented.get().path(list)).contains(param)) {
            problems.add(where + "'" + param + "' is not documented in " + list + " of " + endpoint);
          }
        }
        default -> throw new AssertionError(exclusion.kind());
      }
    }
    assertEquals(List.of(), problems);
  }

  private void checkResource(String name, Resource resource, JsonNode api, CoverageTally tally) {
    Map<String, ModelledEndpoint> modelled = endpoints(resource);
    for (JsonNode endpoint : api.path("endpoints")) {
      String text = endpoint.get("method").asText() + " " + endpoint.get("path").asText();
      ModelledEndpoint match = modelled.get(normalize(text));
      boolean endpointExcluded = match == null && isExcluded(name, ExclusionKind.ENDPOINT, text, null);
      if (match == null && !endpointExcluded) {
        tally.missing("endpoint", name + " " + text);
      } else {
        tally.count("endpoint", endpointExcluded);
      }
      checkNames(name, text, "queryParam", ExclusionKind.QUERY_PARAM, names(endpoint.path("queryParams")),
          match == null ? null : match.queryParams(), endpointExcluded, tally);
      checkNames(name, text, "bodyField", ExclusionKind.BODY_FIELD, names(endpoint.path("bodyFields")),
          match == null ? null : match.body(), endpointExcluded, tally);
    }
    Set<String> modelledResponse = responseNames(resource);
    for (String field : documentedResponseNames(api)) {
      if (modelledResponse.contains(field)) {
        tally.modelled("responseField");
      } else if (isExcluded(name, ExclusionKind.RESPONSE_FIELD, null, field)) {
        tally.excluded("responseField");
      } else {
        tally.missing("responseField", name + "." + field);
      }
    }
  }

  private void checkNames(String resource, String endpoint, String kind, ExclusionKind exclusionKind,
      List<String> documented, Set<String> modelled, boolean endpointExcluded, CoverageTally tally) {
    for (String name : documented) {
      if (endpointExcluded) {
        tally.excluded(kind);
      } else if (modelled != null && modelled.contains(name)) {
        tally.modelled(kind);
      } else if (isExcluded(resource, exclusionKind, endpoint, name) || isGlobalParam(kind, name)) {
        tally.count(kind, !isGlobalParam(kind, name));
      } else {
        tally.missing(kind, resource + " " + endpoint + " " + name);
      }
    }
  }

  /** Query parameters every endpoint takes by the API's own conventions (output date formats). */
  private static boolean isGlobalParam(String kind, String name) {
    return kind.equals("queryParam")
        && (model.api().wire().dateFormatParam().map(name::equals).orElse(false)
            || model.api().wire().dateTimeFormatParam().map(name::equals).orElse(false));
  }

  private boolean isExcluded(String resource, ExclusionKind kind, String endpoint, String name) {
    return model.exclusions().stream().anyMatch(e -> e.resource().equals(resource)
        && e.kind() == kind
        && (endpoint == null || e.endpoint().map(x -> normalize(x).equals(normalize(endpoint))).orElse(false))
        && (name == null || e.name().map(name::equals).orElse(false)));
  }

  /** What the spec offers at one method and path. */
  private record ModelledEndpoint(Set<String> queryParams, Set<String> body) {}

  private static Map<String, ModelledEndpoint> endpoints(Resource resource) {
    Map<String, ModelledEndpoint> endpoints = new LinkedHashMap<>();
    String offset = model.api().paging().offsetParam();
    String limit = model.api().paging().limitParam();
    for (Operation op : resource.operations()) {
      Set<String> query = op.filters().stream().map(Filter::param).collect(Collectors.toCollection(HashSet::new));
      if (op.kind() == OperationKind.LIST) {
        query.add(offset);
        query.add(limit);
      }
      Set<String> body = op.body().stream().map(BodyField::name).collect(Collectors.toSet());
      endpoints.put(normalize(op.method() + " " + op.path()), new ModelledEndpoint(query, body));
    }
    for (Action action : resource.actions()) {
      Set<String> query = action.params().stream().map(Property::name).collect(Collectors.toCollection(HashSet::new));
      if (action.paged()) {
        query.add(offset);
        query.add(limit);
      }
      Set<String> body = action.body().stream().map(Property::name).collect(Collectors.toSet());
      endpoints.put(normalize(action.method() + " " + action.path()), new ModelledEndpoint(query, body));
    }
    return endpoints;
  }

  /** Field names of the resource and property names of its models, nested ones included. */
  private static Set<String> responseNames(Resource resource) {
    Set<String> names = resource.fields().stream().map(Field::name).collect(Collectors.toCollection(HashSet::new));
    for (Model m : resource.models()) {
      m.fields().forEach(p -> names.add(p.name()));
    }
    return names;
  }

  private static Set<String> documentedResponseNames(JsonNode api) {
    Set<String> names = ReferenceFacts.leafNames(api.path("responseFields"));
    api.path("auxiliaryObjects").forEach(fields -> names.addAll(ReferenceFacts.leafNames(fields)));
    return names;
  }

  private static Optional<JsonNode> documentedEndpoint(JsonNode api, String endpoint) {
    for (JsonNode e : api.path("endpoints")) {
      if (normalize(e.get("method").asText() + " " + e.get("path").asText()).equals(normalize(endpoint))) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static List<String> names(JsonNode list) {
    List<String> names = new ArrayList<>();
    list.forEach(n -> names.add(n.get("name").asText()));
    return names;
  }

  /** "GET /patients/{PatNum}" and "GET /patients/{id}" are the same endpoint. */
  static String normalize(String endpoint) {
    return endpoint.trim().replaceAll("\\{[^}]*}", "{}").replaceAll("/+$", "");
  }
}
