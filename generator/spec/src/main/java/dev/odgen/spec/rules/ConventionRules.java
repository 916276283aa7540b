package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.link.LinkedSpec;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.ApiInfo.Blanks;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.yaml.Marks;
import java.util.List;

/**
 * Checks the per-field and per-action keys that follow the API's conventions: {@code foreignKey} only on a
 * reference, and never with placeholder blanks (a reference to nothing holds 0, which no row has); {@code creates}
 * only on an action that can make a row (POST or PUT).
 */
final class ConventionRules implements Rule {

  private static final List<String> CREATING_METHODS = List.of("POST", "PUT");

  @Override
  public void check(LinkedSpec spec, Diagnostics diagnostics) {
    boolean placeholders = spec.model().api().blanks() == Blanks.PLACEHOLDER;
    for (Resource resource : spec.model().resources()) {
      for (Field field : resource.fields()) {
        Marks marks = spec.sources().marks(field.location());
        if (!marks.has("foreignKey") || field.isDerived()) {
          continue;
        }
        Trail trail = ModelTrails.field(resource, field);
        if (field.kind() != FieldType.REF) {
          diagnostics.error(marks.of("foreignKey"), trail,
              "'foreignKey' does not apply to type '" + field.kind().specName() + "'",
              "remove 'foreignKey'; only a field of type 'ref' refers to a row");
        } else if (field.foreignKey() && placeholders) {
          diagnostics.error(marks.of("foreignKey"), trail,
              "a FOREIGN KEY needs 'blanks: null': with placeholders a reference to nothing holds 0, which names no row",
              "write 'blanks: null' in the API file, or remove 'foreignKey'");
        }
      }
      for (Action action : resource.actions()) {
        Marks marks = spec.sources().marks(action.location());
        if (action.creates() && !CREATING_METHODS.contains(action.method())) {
          diagnostics.error(marks.of("creates"), ModelTrails.action(resource, action),
              "a " + action.method() + " action cannot create a row",
              "remove 'creates', or make the action a POST (or PUT)");
        }
      }
    }
  }
}
