package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.link.LinkedSpec;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.yaml.Marks;
import java.util.List;
import java.util.Optional;

/**
 * Checks {@code internal}: a column that never travels cannot be the id (it is in every path), cannot say how it
 * travels ({@code wireAs}, {@code byName}), and no body, filter or action parameter may name it, since each of those
 * would put it on the wire. Derived fields may read it; that is what it is for. (Derived fields and model fields
 * taking the key at all are refused with the other column-only keys.)
 */
final class InternalRules implements Rule {

  private static final String FIX_REFERENCE = "remove it, or drop 'internal: true' from the field so it is part of the API";

  @Override
  public void check(LinkedSpec spec, Diagnostics diagnostics) {
    for (Resource resource : spec.model().resources()) {
      for (Field field : resource.fields()) {
        if (field.internal()) {
          checkField(spec, resource, field, diagnostics);
        }
      }
      for (Operation operation : resource.operations()) {
        Trail trail = ModelTrails.operation(resource, operation);
        for (BodyField body : operation.body()) {
          internalField(resource, Optional.of(body.field())).ifPresent(f -> diagnostics.error(body.location(),
              trail.in("for body field '" + body.name() + "'", body.location()),
              "body field '" + body.name() + "' sets internal field '" + f.name() + "', which no request may carry",
              FIX_REFERENCE));
        }
        for (Filter filter : operation.filters()) {
          internalField(resource, filter.field()).ifPresent(f -> diagnostics.error(filter.location(),
              trail.in("for filter '" + filter.param() + "'", filter.location()),
              "filter '" + filter.param() + "' names internal field '" + f.name() + "', which no request may name",
              FIX_REFERENCE));
        }
      }
      for (Action action : resource.actions()) {
        checkAction(resource, action, diagnostics);
      }
    }
  }

  private static void checkField(LinkedSpec spec, Resource resource, Field field, Diagnostics diagnostics) {
    Marks marks = spec.sources().marks(field.location());
    Trail trail = ModelTrails.field(resource, field);
    if (resource.idField().filter(field.name()::equals).isPresent()) {
      diagnostics.error(marks.of("internal"), trail, "the id field '" + field.name() + "' cannot be internal",
          "remove 'internal: true'; the id is in every item's path");
    }
    for (String key : List.of("wireAs", "byName")) {
      if (marks.has(key)) {
        diagnostics.error(marks.of(key), trail, "an internal field never travels, so '" + key + "' means nothing on it",
            "remove '" + key + "' (or 'internal: true')");
      }
    }
  }

  private static void checkAction(Resource resource, Action action, Diagnostics diagnostics) {
    Trail trail = ModelTrails.action(resource, action);
    List<List<Property>> groups = List.of(action.pathParams(), action.params(), action.body());
    List<String> what = List.of("path parameter", "query parameter", "body field");
    for (int i = 0; i < groups.size(); i++) {
      for (Property property : groups.get(i)) {
        String label = what.get(i) + " '" + property.name() + "'";
        internalField(resource, property.field()).ifPresent(f -> diagnostics.error(property.location(),
            trail.in("for " + label, property.location()),
            label + " takes internal field '" + f.name() + "', which no request may carry", FIX_REFERENCE));
      }
    }
  }

  private static Optional<Field> internalField(Resource resource, Optional<String> name) {
    return name.flatMap(resource::field).filter(Field::internal);
  }
}
