package dev.odgen.samples.replay;

import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.TypeRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which resource's rows a documented name holds ids of, from the spec alone: the section's own fields, filters and
 * action parameters first (so {@code PriProv} of a patient is a provider), then the id field of a resource
 * ({@code PatNum} anywhere is a patient), then a reference field name that means one resource wherever it occurs.
 * A plural ({@code ProvNums}) names the same resource as its singular.
 */
final class IdNames {
  private final ApiModel model;
  private final Map<String, String> idFields = new HashMap<>();
  private final Map<String, Set<String>> refFields = new HashMap<>();

  IdNames(ApiModel model) {
    this.model = model;
    for (Resource resource : model.resources()) {
      if (resource.hasTable()) {
        resource.idField().ifPresent(id -> idFields.put(id, resource.name()));
      }
      for (Field field : resource.fields()) {
        if (field.kind() == FieldType.REF) {
          field.type().ref().ifPresent(ref -> refFields.computeIfAbsent(field.name(), k -> new HashSet<>()).add(ref));
        }
      }
    }
  }

  /** The resource whose ids {@code name} holds in a request of {@code sectionResource}, if the spec says. */
  Optional<Resource> resourceOf(String sectionResource, String name) {
    Optional<Resource> found = lookUp(sectionResource, name);
    if (found.isEmpty() && name.endsWith("s") && name.length() > 1) {
      found = lookUp(sectionResource, name.substring(0, name.length() - 1));
    }
    return found;
  }

  private Optional<Resource> lookUp(String sectionResource, String name) {
    Optional<Resource> own = model.resource(sectionResource);
    if (own.isPresent()) {
      Optional<String> local = local(own.get(), name);
      if (local.isPresent()) {
        return local.flatMap(model::resource);
      }
    }
    if (idFields.containsKey(name)) {
      return model.resource(idFields.get(name));
    }
    Set<String> refs = refFields.getOrDefault(name, Set.of());
    return refs.size() == 1 ? model.resource(refs.iterator().next()) : Optional.empty();
  }

  private static Optional<String> local(Resource resource, String name) {
    Optional<Field> field = resource.field(name);
    if (field.isPresent()) {
      Optional<String> target = target(resource, field.get());
      if (target.isPresent()) {
        return target;
      }
    }
    for (Operation operation : resource.operations()) {
      for (Filter filter : operation.filters()) {
        if (filter.param().equals(name)) {
          Optional<String> target = refOf(filter.type())
              .or(() -> filter.field().flatMap(resource::field).flatMap(f -> target(resource, f)));
          if (target.isPresent()) {
            return target;
          }
        }
      }
    }
    for (Action action : resource.actions()) {
      for (Property property : concat(action)) {
        if (property.name().equals(name)) {
          Optional<String> target = refOf(property.type())
              .or(() -> property.field().flatMap(resource::field).flatMap(f -> target(resource, f)));
          if (target.isPresent()) {
            return target;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Iterable<Property> concat(Action action) {
    java.util.List<Property> all = new java.util.ArrayList<>(action.pathParams());
    all.addAll(action.params());
    all.addAll(action.body());
    return all;
  }

  private static Optional<String> target(Resource resource, Field field) {
    if (field.kind() == FieldType.ID) {
      return Optional.of(resource.name());
    }
    return refOf(field.type());
  }

  private static Optional<String> refOf(TypeRef type) {
    return type.kind() == FieldType.REF ? type.ref() : Optional.empty();
  }
}
