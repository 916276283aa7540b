package dev.odgen.spec.link;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Location;
import dev.odgen.spec.diag.Suggestions;
import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.yaml.EnumElement;
import dev.odgen.spec.yaml.FieldElement;
import dev.odgen.spec.yaml.ModelElement;
import dev.odgen.spec.yaml.ResourceElement;
import java.util.Optional;

/**
 * Resolves names written in the spec (resources, enums, models, fields of a resource) and reports
 * each one that does not resolve, with a "did you mean".
 */
final class Lookup {

  private final Symbols symbols;
  private final Diagnostics diagnostics;

  Lookup(Symbols symbols, Diagnostics diagnostics) {
    this.symbols = symbols;
    this.diagnostics = diagnostics;
  }

  Symbols symbols() {
    return symbols;
  }

  Diagnostics diagnostics() {
    return diagnostics;
  }

  Optional<ResourceElement> resource(String name, Location at, Trail trail) {
    ResourceElement found = symbols.resources.get(name);
    if (found == null) {
      diagnostics.error(at, trail, "unknown resource '" + name + "'",
          Suggestions.useOneOf("resource", name, symbols.resources.keySet()));
    }
    return Optional.ofNullable(found);
  }

  Optional<EnumElement> enumType(String name, Location at, Trail trail) {
    EnumElement found = symbols.enums.get(name);
    if (found == null) {
      diagnostics.error(at, trail, "unknown enum '" + name + "'",
          Suggestions.useOneOf("enum", name, symbols.enums.keySet()));
    }
    return Optional.ofNullable(found);
  }

  Optional<ModelElement> model(String name, Location at, Trail trail) {
    ModelElement found = symbols.models.get(name);
    if (found == null) {
      diagnostics.error(at, trail, "unknown model '" + name + "'",
          Suggestions.useOneOf("model", name, symbols.models.keySet()));
    }
    return Optional.ofNullable(found);
  }

  /** The field {@code name} of {@code resource}; reports it when there is none. */
  Optional<FieldElement> field(ResourceElement resource, String name, Location at, Trail trail) {
    Optional<FieldElement> found = findField(resource, name);
    if (found.isEmpty()) {
      diagnostics.error(at, trail, "unknown field '" + name + "' in resource '" + resource.name() + "'",
          Suggestions.useOneOf("field", name, resource.fields().stream().map(FieldElement::name).toList()));
    }
    return found;
  }

  static Optional<FieldElement> findField(ResourceElement resource, String name) {
    return resource.fields().stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
