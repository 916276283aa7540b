package dev.odgen.codegen.openapi;

import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.Model;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of the component schemas: an entity's name, {@code <Entity>Create} and {@code <Entity>Update} for
 * its bodies, models and enums by their names. Spec names are unique per kind but not across kinds, so a name
 * already taken gets a number ({@code Slot2}), in a fixed order: entities, models, enums, bodies.
 */
final class SchemaNames {

  private final Map<String, String> names = new HashMap<>();
  private final Set<String> taken = new HashSet<>();

  SchemaNames(List<Resource> entities, List<Model> models, List<EnumType> enums) {
    entities.forEach(r -> allocate("entity:" + r.name(), r.entityName()));
    models.forEach(m -> allocate("model:" + m.name(), m.name()));
    enums.forEach(e -> allocate("enum:" + e.name(), e.name()));
    for (Resource r : entities) {
      allocate("create:" + r.name(), r.entityName() + "Create");
      allocate("update:" + r.name(), r.entityName() + "Update");
    }
  }

  String entity(Resource resource) {
    return names.get("entity:" + resource.name());
  }

  String entity(String resourceName) {
    return names.get("entity:" + resourceName);
  }

  String body(Resource resource, OperationKind kind) {
    return names.get((kind == OperationKind.CREATE ? "create:" : "update:") + resource.name());
  }

  String model(String modelName) {
    return names.get("model:" + modelName);
  }

  String enumType(String enumName) {
    return names.get("enum:" + enumName);
  }

  static String ref(String schemaName) {
    return "#/components/schemas/" + schemaName;
  }

  private void allocate(String key, String wanted) {
    String name = wanted;
    for (int n = 2; !taken.add(name); n++) {
      name = wanted + n;
    }
    names.put(key, name);
  }
}
