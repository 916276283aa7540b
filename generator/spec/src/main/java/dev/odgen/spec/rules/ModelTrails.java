package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.link.Trails;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Model;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.Resource;

/** Context trails for parts of the linked model, worded as the linker words them. */
final class ModelTrails {

  private ModelTrails() {}

  static Trail resource(Resource resource) {
    return Trails.resource(resource.name(), resource.location());
  }

  static Trail field(Resource resource, Field field) {
    return Trails.field(resource(resource), field.name(), field.location());
  }

  static Trail operation(Resource resource, Operation operation) {
    return Trails.operation(resource(resource), operation.kind().specName(), operation.location());
  }

  static Trail action(Resource resource, Action action) {
    return Trails.action(resource(resource), action.name(), action.location());
  }

  static Trail model(Resource resource, Model model) {
    return Trails.model(resource(resource), model.name(), model.location());
  }

  static Trail enumType(EnumType enumType) {
    return Trails.enumType(enumType.name(), enumType.location());
  }
}
