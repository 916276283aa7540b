package dev.odgen.codegen.emit;

import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.Model;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.ResponseKind;
import dev.odgen.spec.model.TypeRef;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The enums, models and entities a selection of resources needs, so that generating only some resources
 * still gives code that compiles. Models are followed through their properties, transitively.
 */
record UsedTypes(List<Resource> entityResources, List<EnumType> enums, List<Model> models) {

  static UsedTypes of(ApiModel model, List<Resource> selected) {
    Set<String> enumNames = new LinkedHashSet<>();
    Set<String> modelNames = new LinkedHashSet<>();
    Set<String> resourceNames = new LinkedHashSet<>();
    Deque<TypeRef> pending = new ArrayDeque<>();
    for (Resource resource : selected) {
      resourceNames.add(resource.name());
      resource.models().forEach(m -> modelNames.add(m.name()));
      resource.models().forEach(m -> m.fields().forEach(p -> pending.add(p.type())));
      resource.fields().stream().map(Field::type).forEach(pending::add);
      for (Operation operation : resource.operations()) {
        operation.filters().stream().map(Filter::type).forEach(pending::add);
      }
      for (Action action : resource.actions()) {
        List.of(action.pathParams(), action.params(), action.body())
            .forEach(properties -> properties.stream().map(Property::type).forEach(pending::add));
        responseTarget(action, ResponseKind.RESOURCE).ifPresent(resourceNames::add);
        responseTarget(action, ResponseKind.MODEL).ifPresent(name -> pending.add(modelType(name)));
      }
    }
    while (!pending.isEmpty()) {
      TypeRef type = pending.pop();
      type.enumName().ifPresent(enumNames::add);
      type.model().filter(modelNames::add)
          .flatMap(model::model)
          .ifPresent(m -> m.fields().forEach(p -> pending.add(p.type())));
    }
    return new UsedTypes(
        resourceNames.stream().map(model::resource).flatMap(Optional::stream).toList(),
        enumNames.stream().map(model::enumType).flatMap(Optional::stream).toList(),
        modelNames.stream().map(model::model).flatMap(Optional::stream).toList());
  }

  private static Optional<String> responseTarget(Action action, ResponseKind kind) {
    return action.response().kind() == kind ? action.response().target() : Optional.empty();
  }

  private static TypeRef modelType(String name) {
    TypeRef plain = TypeRef.of(FieldType.MODEL);
    return new TypeRef(plain.kind(), Optional.empty(), Optional.empty(), Optional.of(name), plain.maxLength(), false,
        List.of());
  }
}
