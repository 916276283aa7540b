package dev.odgen.spec.link;

import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.TypeRef;
import dev.odgen.spec.model.WireForm;
import dev.odgen.spec.yaml.FieldElement;
import dev.odgen.spec.yaml.PropertyElement;
import dev.odgen.spec.yaml.ResourceElement;
import java.util.Optional;

/**
 * Links parameters, body entries and model properties: each gets its type from its type keys or,
 * with {@code field}, from a field of the resource.
 */
final class PropertyLinker {

  private final Lookup lookup;
  private final TypeResolver resolver;
  private final FieldTypes fieldTypes;
  private final SourceMap sources;

  PropertyLinker(Lookup lookup, TypeResolver resolver, FieldTypes fieldTypes, SourceMap sources) {
    this.lookup = lookup;
    this.resolver = resolver;
    this.fieldTypes = fieldTypes;
    this.sources = sources;
  }

  /**
   * A parameter or body entry of an action of {@code owner}. When it has neither type nor field,
   * {@code fallback} gives its type (path params have a default); when that is empty too, the
   * missing type is reported.
   */
  Property link(PropertyElement element, ResourceElement owner, Trail outer, String what, Optional<TypeRef> fallback,
      boolean required) {
    Trail trail = outer.in("for " + what + " '" + element.name() + "'", element.marks().start());
    sources.put(element.marks());
    TypeRef type;
    WireForm wireAs = element.wireAs().orElse(WireForm.NAME);
    if (element.field().isPresent()) {
      if (element.type().type().isPresent()) {
        lookup.diagnostics().error(element.marks().of("type"), trail, "both 'type' and 'field' are given",
            "remove 'type': the " + what + " takes the type of field '" + element.field().get() + "'");
      }
      Optional<FieldElement> field = lookup.field(owner, element.field().get(), element.marks().of("field"), trail);
      wireAs = element.wireAs().or(() -> field.flatMap(FieldElement::wireAs)).orElse(WireForm.NAME);
      type = field
          .map(f -> fieldTypes.of(owner, f))
          .map(t -> element.type().list() && !t.list() ? t.asList() : t)
          .orElse(TypeRef.of(FieldType.STRING));
    } else {
      Optional<TypeRef> resolved = resolver.resolve(element.type(), element.marks(), trail).or(() -> fallback);
      if (resolved.isEmpty()) {
        lookup.diagnostics().error(element.marks().start(), trail, "missing key 'type'",
            "add 'type: ...', or 'field: F' to take the type of the resource's field F");
      }
      type = resolved.orElse(TypeRef.of(FieldType.STRING));
    }
    return new Property(element.name(), type, wireAs, element.field(), required || element.required(),
        element.versionAdded(), element.notes(), element.marks().start());
  }

  /** A property of a model. */
  Property linkModelField(FieldElement element, Trail outer) {
    Trail trail = Trails.field(outer, element.name(), element.marks().start());
    sources.put(element.marks());
    Optional<TypeRef> type = resolver.resolve(element.type(), element.marks(), trail);
    if (type.isEmpty()) {
      lookup.diagnostics().error(element.marks().start(), trail, "missing key 'type'",
          "add 'type: ...' (one of " + String.join(", ", FieldType.specNames()) + ")");
    }
    return new Property(element.name(), type.orElse(TypeRef.of(FieldType.STRING)),
        element.wireAs().orElse(WireForm.NAME), Optional.empty(), false,
        element.versionAdded(), element.notes(), element.marks().start());
  }
}
