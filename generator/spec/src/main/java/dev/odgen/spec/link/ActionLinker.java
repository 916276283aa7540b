package dev.odgen.spec.link;

import dev.odgen.spec.diag.Suggestions;
import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.ResponseKind;
import dev.odgen.spec.model.ResponseShape;
import dev.odgen.spec.model.TypeRef;
import dev.odgen.spec.model.WireForm;
import dev.odgen.spec.yaml.ActionElement;
import dev.odgen.spec.yaml.PropertyElement;
import dev.odgen.spec.yaml.ResourceElement;
import dev.odgen.spec.yaml.ResponseElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Links the actions of a resource: path parameters (declared, or by default a ref to the resource
 * whose id has the placeholder's name, else a long; see {@link #defaultPathParamType}), query and body parameters, the response and
 * the success status (201 for an action that says it creates, else 200).
 */
final class ActionLinker {

  private final Lookup lookup;
  private final PropertyLinker properties;
  private final SourceMap sources;

  ActionLinker(Lookup lookup, PropertyLinker properties, SourceMap sources) {
    this.lookup = lookup;
    this.properties = properties;
    this.sources = sources;
  }

  Action link(ActionElement element, ResourceElement owner, Trail resourceTrail) {
    Trail trail = Trails.action(resourceTrail, element.name(), element.marks().start());
    sources.put(element.marks());
    List<Property> pathParams = pathParams(element, owner, trail);
    List<Property> params = element.params().stream()
        .map(p -> properties.link(p, owner, trail, "query param", Optional.empty(), false)).toList();
    List<Property> body = element.body().stream()
        .map(p -> properties.link(p, owner, trail, "body field", Optional.empty(), false)).toList();
    ResponseShape response = response(element.response(), owner, trail);
    int status = element.status().orElse(element.creates() ? 201 : 200);
    return new Action(element.name(), element.method(), element.path(), pathParams, params, body, response,
        element.paged(), status, element.creates(), element.versionAdded(), element.deprecated(), element.notes(),
        element.marks().start());
  }

  private List<Property> pathParams(ActionElement element, ResourceElement owner, Trail trail) {
    List<String> placeholders = Paths.placeholders(element.path());
    for (PropertyElement declared : element.pathParams()) {
      if (!placeholders.contains(declared.name())) {
        lookup.diagnostics().error(declared.marks().start(),
            trail.in("for path param '" + declared.name() + "'", declared.marks().start()),
            "path param '" + declared.name() + "' is not in the path '" + element.path() + "'",
            placeholders.isEmpty() ? "remove it; the path has no {placeholders}"
                : Suggestions.useOneOf("path param", declared.name(), placeholders));
      }
    }
    List<Property> linked = new ArrayList<>();
    for (String name : placeholders) {
      Optional<TypeRef> byDefault = Optional.of(defaultPathParamType(name, owner));
      Optional<PropertyElement> declared =
          element.pathParams().stream().filter(p -> p.name().equals(name)).findFirst();
      if (declared.isEmpty() && byDefault.get().ref().isEmpty()) {
        // a placeholder no declaration and no resource's id explains is most likely a typo
        lookup.diagnostics().error(element.marks().of("path"), trail,
            "path placeholder '{" + name + "}' is neither declared in 'pathParams' nor the id field of a resource",
            "declare it (pathParams: [{name: " + name + ", type: long}]) or correct its name");
      }
      linked.add(declared
          .map(p -> properties.link(p, owner, trail, "path param", byDefault, true))
          .orElseGet(() -> new Property(name, byDefault.get(), WireForm.NAME, Optional.empty(), true, Optional.empty(), "",
              element.marks().of("path"))));
    }
    return linked;
  }

  /**
   * The type of an undeclared path parameter: a ref to the resource whose id field is {@code name}
   * (the action's own resource first; when several others are, the one that ref fields named
   * {@code name} point at most often, then the first by name); else a long, reported by the caller.
   */
  private TypeRef defaultPathParamType(String name, ResourceElement owner) {
    Optional<String> target = owner.id().filter(name::equals).map(id -> owner.name())
        .or(() -> lookup.symbols().resources.values().stream()
            .filter(r -> r.id().filter(name::equals).isPresent())
            .map(ResourceElement::name)
            .max(Comparator.comparingLong((String r) -> refsNamed(name, r)).thenComparing(Comparator.reverseOrder())));
    return target
        .map(r -> new TypeRef(FieldType.REF, Optional.of(r), Optional.empty(), Optional.empty(),
            TypeRef.DEFAULT_MAX_LENGTH, false, List.of()))
        .orElse(TypeRef.of(FieldType.LONG));
  }

  /** How many fields named {@code fieldName}, across all resources, are refs to {@code resource}. */
  private long refsNamed(String fieldName, String resource) {
    return lookup.symbols().resources.values().stream()
        .flatMap(r -> r.fields().stream())
        .filter(f -> f.name().equals(fieldName) && f.type().ref().filter(resource::equals).isPresent())
        .count();
  }

  private ResponseShape response(Optional<ResponseElement> element, ResourceElement owner, Trail trail) {
    if (element.isEmpty()) {
      return new ResponseShape(ResponseKind.NONE, Optional.empty(), false);
    }
    ResponseElement response = element.get();
    Optional<String> target = response.target();
    if (response.kind() == ResponseKind.RESOURCE) {
      target = Optional.of(target.orElse(owner.name()));
      response.target().ifPresent(t -> lookup.resource(t, response.marks().of("resource"), trail));
    } else if (response.kind() == ResponseKind.MODEL) {
      target.ifPresent(t -> lookup.model(t, response.marks().of("model"), trail));
    }
    return new ResponseShape(response.kind(), target, response.list());
  }
}
