package dev.odgen.spec.link;

import dev.odgen.spec.diag.Suggestions;
import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.TypeRef;
import dev.odgen.spec.yaml.Marks;
import dev.odgen.spec.yaml.TypeElement;
import java.util.Optional;

/**
 * Turns the type keys of a field, parameter, filter or model property into a {@link TypeRef}:
 * checks the type name, that {@code ref}, {@code enum} and {@code model} are given exactly when the
 * type needs them and name something that exists, and that {@code maxLength} and {@code values}
 * only go with strings. Falls back to {@code string} so that linking goes on after an error.
 */
final class TypeResolver {

  private final Lookup lookup;

  TypeResolver(Lookup lookup) {
    this.lookup = lookup;
  }

  /**
   * The type of {@code element}. Without {@code type}, the type follows from {@code ref},
   * {@code enum}, {@code model} or {@code values} when one is given ({@code {name: AptNum, ref:
   * Appointments}}); otherwise it is empty and the caller decides.
   */
  Optional<TypeRef> resolve(TypeElement element, Marks marks, Trail trail) {
    if (element.type().isEmpty()) {
      Optional<FieldType> implied = implied(element);
      implied.ifPresent(kind -> checkTargets(element, kind, marks, trail));
      return implied.map(kind -> build(kind, element));
    }
    String name = element.type().get();
    Optional<FieldType> kind = FieldType.fromSpecName(name);
    if (kind.isEmpty()) {
      lookup.diagnostics().error(marks.of("type"), trail, "unknown type '" + name + "'",
          Suggestions.useOneOf("type", name, FieldType.specNames()));
      return Optional.of(build(FieldType.STRING, element));
    }
    checkTargets(element, kind.get(), marks, trail);
    return Optional.of(build(kind.get(), element));
  }

  private static Optional<FieldType> implied(TypeElement element) {
    if (element.ref().isPresent()) {
      return Optional.of(FieldType.REF);
    }
    if (element.enumName().isPresent()) {
      return Optional.of(FieldType.ENUM);
    }
    if (element.model().isPresent()) {
      return Optional.of(FieldType.MODEL);
    }
    return element.values().isEmpty() ? Optional.empty() : Optional.of(FieldType.STRING);
  }

  private void checkTargets(TypeElement element, FieldType kind, Marks marks, Trail trail) {
    needs(kind == FieldType.REF, "ref", "a resource name", element.ref(), kind, marks, trail)
        .ifPresent(r -> lookup.resource(r, marks.of("ref"), trail));
    needs(kind == FieldType.ENUM, "enum", "an enum name", element.enumName(), kind, marks, trail)
        .ifPresent(e -> lookup.enumType(e, marks.of("enum"), trail));
    needs(kind == FieldType.MODEL, "model", "a model name", element.model(), kind, marks, trail)
        .ifPresent(m -> lookup.model(m, marks.of("model"), trail));
    if (kind != FieldType.STRING) {
      onlyForStrings("maxLength", kind, marks, trail);
      onlyForStrings("values", kind, marks, trail);
    }
  }

  /**
   * Checks that {@code key} is written exactly when the type needs it; returns its value when it is
   * both needed and written.
   */
  private Optional<String> needs(boolean needed, String key, String what, Optional<String> value, FieldType kind,
      Marks marks, Trail trail) {
    if (needed && value.isEmpty()) {
      lookup.diagnostics().error(marks.of("type"), trail, "type '" + kind.specName() + "' needs '" + key + "'",
          "add '" + key + ": ...' with " + what);
      return Optional.empty();
    }
    if (!needed && marks.has(key)) {
      lookup.diagnostics().error(marks.of(key), trail,
          "'" + key + "' does not apply to type '" + kind.specName() + "'",
          "remove '" + key + "', or use type '" + key + "'");
      return Optional.empty();
    }
    return needed ? value : Optional.empty();
  }

  private void onlyForStrings(String key, FieldType kind, Marks marks, Trail trail) {
    if (marks.has(key)) {
      lookup.diagnostics().error(marks.of(key), trail,
          "'" + key + "' does not apply to type '" + kind.specName() + "'",
          "remove '" + key + "'; it is only for type 'string'");
    }
  }

  private static TypeRef build(FieldType kind, TypeElement element) {
    return new TypeRef(kind,
        kind == FieldType.REF ? element.ref() : Optional.empty(),
        kind == FieldType.ENUM ? element.enumName() : Optional.empty(),
        kind == FieldType.MODEL ? element.model() : Optional.empty(),
        element.maxLength().orElse(TypeRef.DEFAULT_MAX_LENGTH),
        element.list(),
        element.values());
  }
}
