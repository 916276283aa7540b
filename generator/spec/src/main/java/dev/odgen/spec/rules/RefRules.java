package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Location;
import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.link.LinkedSpec;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Model;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.TypeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a {@code ref} points at something a reference can hold: the id of a resource. A ref to a
 * resource without an id (Open Dental's Queries, the composite modules) would have nothing to compare with,
 * and the generated existence check nothing to look up.
 */
final class RefRules implements Rule {

  @Override
  public void check(LinkedSpec spec, Diagnostics diagnostics) {
    ApiModel model = spec.model();
    for (Resource resource : model.resources()) {
      for (Field field : resource.fields()) {
        check(model, field.type(), spec.sources().marks(field.location()).of("ref"),
            ModelTrails.field(resource, field), diagnostics);
      }
      for (Model m : resource.models()) {
        for (Property p : m.fields()) {
          check(model, p.type(), spec.sources().marks(p.location()).of("ref"), ModelTrails.model(resource, m)
              .in("for field '" + p.name() + "'", p.location()), diagnostics);
        }
      }
      for (Action action : resource.actions()) {
        List<Property> properties = new ArrayList<>(action.pathParams());
        properties.addAll(action.params());
        properties.addAll(action.body());
        for (Property p : properties) {
          check(model, p.type(), spec.sources().marks(p.location()).of("ref"), ModelTrails.action(resource, action)
              .in("for '" + p.name() + "'", p.location()), diagnostics);
        }
      }
    }
  }

  private static void check(ApiModel model, TypeRef type, Location at, Trail trail, Diagnostics diagnostics) {
    type.ref().flatMap(model::resource).filter(target -> target.idField().isEmpty()).ifPresent(target ->
        diagnostics.error(at, trail, "ref '" + target.name() + "' names a resource without an id",
            "refer to a resource that has an id field, or use 'type: long'"));
  }
}
