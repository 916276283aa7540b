package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Suggestions;
import dev.odgen.spec.link.LinkedSpec;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.yaml.Marks;

/**
 * Checks each resource's id: a resource with a table names its id field, that field exists and has
 * type {@code id}, no other field has type {@code id}, and operations on one item have an id to put
 * in their path.
 */
final class IdRules implements Rule {

  @Override
  public void check(LinkedSpec spec, Diagnostics diagnostics) {
    for (Resource resource : spec.model().resources()) {
      Marks marks = spec.sources().marks(resource.location());
      if (resource.idField().isEmpty()) {
        if (resource.hasTable()) {
          diagnostics.error(marks.of("table"), ModelTrails.resource(resource),
              "resource '" + resource.name() + "' has a table but no id field",
              "add 'id: F', naming the field that holds the primary key");
        }
      } else if (resource.id().isEmpty()) {
        String id = resource.idField().get();
        diagnostics.error(marks.of("id"), ModelTrails.resource(resource),
            "id field '" + id + "' is not a field of resource '" + resource.name() + "'",
            Suggestions.useOneOf("field", id, resource.fields().stream().map(Field::name).toList()));
      }
      for (Field field : resource.fields()) {
        boolean isId = resource.idField().filter(field.name()::equals).isPresent();
        if (isId && !field.isDerived() && field.kind() != FieldType.ID) {
          diagnostics.error(spec.sources().marks(field.location()).of("type"), ModelTrails.field(resource, field),
              "id field '" + field.name() + "' has type '" + field.kind().specName() + "'",
              "give it 'type: id'");
        } else if (!isId && !field.isDerived() && field.kind() == FieldType.ID) {
          diagnostics.error(spec.sources().marks(field.location()).of("type"), ModelTrails.field(resource, field),
              "field '" + field.name() + "' has type 'id' but is not the resource's id field",
              resource.idField().isPresent() ? "use 'type: long' (or 'ref') for it" : "add 'id: " + field.name() + "'");
        }
      }
      for (Operation operation : resource.operations()) {
        boolean standardPath = !spec.sources().marks(operation.location()).has("path");
        if (operation.kind().onItem() && standardPath && resource.idField().isEmpty()) {
          diagnostics.error(operation.location(), ModelTrails.operation(resource, operation),
              "operation '" + operation.kind().specName() + "' works on one item but the resource has no id field",
              "add 'id: F' to the resource, or give the operation a 'path'");
        }
      }
    }
  }
}
