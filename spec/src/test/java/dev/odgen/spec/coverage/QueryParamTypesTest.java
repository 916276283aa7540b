package dev.odgen.spec.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.spec.SpecLoader;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Query parameters documented as dates or date-times have that type in the spec, so the typed client sends
 * what the API parses ({@code 2024-03-01}, not {@code 2024-03-01 00:00:00}) and the server reads them the same
 * way. Filters take their field's type unless the spec says otherwise, which is how a date-time field ends up
 * behind a parameter documented as a date.
 */
class QueryParamTypesTest {
  private static final ReferenceFacts FACTS = ReferenceFacts.fromSystemProperty();
  private static final Map<String, Set<FieldType>> TYPES_BY_FORMAT = Map.of(
      "date", Set.of(FieldType.DATE),
      "date-time", Set.of(FieldType.DATE_TIME, FieldType.TIMESTAMP));

  @Test
  void documentedDateAndDateTimeParametersHaveThoseTypes() throws Exception {
    ApiModel model = SpecLoader.load(ReferenceFacts.specDirFromSystemProperty(), Path.of(""));
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Resource resource : model.resources()) {
      Map<String, Map<String, FieldType>> modelled = paramTypes(resource);
      for (JsonNode endpoint : FACTS.api(resource.name()).path("endpoints")) {
        String text = endpoint.get("method").asText() + " " + endpoint.get("path").asText();
        Map<String, FieldType> params = modelled.getOrDefault(SpecCoverageTest.normalize(text), Map.of());
        for (JsonNode param : endpoint.path("queryParams")) {
          Set<FieldType> expected = TYPES_BY_FORMAT.get(param.path("format").asText());
          FieldType actual = params.get(param.path("name").asText());
          if (expected == null || actual == null) {
            continue;
          }
          checked++;
          if (!expected.contains(actual)) {
            wrong.add(resource.name() + " " + text + " " + param.path("name").asText() + ": documented as "
                + param.path("format").asText() + ", modelled as " + actual);
          }
        }
      }
    }
    System.out.println("QueryParamTypesTest: " + checked + " date and date-time parameters checked");
    assertEquals(List.of(), wrong);
  }

  /** The type of each query parameter at each normalized "METHOD path". */
  private static Map<String, Map<String, FieldType>> paramTypes(Resource resource) {
    Map<String, Map<String, FieldType>> byEndpoint = new HashMap<>();
    for (Operation op : resource.operations()) {
      Map<String, FieldType> params = new HashMap<>();
      for (Filter f : op.filters()) {
        params.put(f.param(), f.type().kind());
      }
      byEndpoint.put(SpecCoverageTest.normalize(op.method() + " " + op.path()), params);
    }
    for (Action action : resource.actions()) {
      Map<String, FieldType> params = new HashMap<>();
      for (Property p : action.params()) {
        params.put(p.name(), p.type().kind());
      }
      byEndpoint.put(SpecCoverageTest.normalize(action.method() + " " + action.path()), params);
    }
    return byEndpoint;
  }
}
