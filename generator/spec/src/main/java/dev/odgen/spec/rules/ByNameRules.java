package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Suggestions;
import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.link.LinkedSpec;
import dev.odgen.spec.model.ByName;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.yaml.Marks;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks {@code byName}: it goes on a single {@code type: ref} column without {@code wireAs} or {@code default};
 * {@code take} names a string column of the target, and each {@code where} condition a column of the target with
 * a value of its type (an enum member name for an enum field).
 */
final class ByNameRules implements Rule {

  @Override
  public void check(LinkedSpec spec, Diagnostics diagnostics) {
    for (Resource resource : spec.model().resources()) {
      for (Field field : resource.fields()) {
        if (field.byName().isEmpty()) {
          continue;
        }
        Marks fieldMarks = spec.sources().marks(field.location());
        Marks marks = spec.sources().marks(fieldMarks.of("byName"));
        Trail trail = ModelTrails.field(resource, field);
        if (field.kind() != FieldType.REF || field.isDerived()) {
          diagnostics.error(marks.start(), trail,
              "'byName' applies only to a field of type 'ref', but '" + field.name() + "' "
                  + (field.isDerived() ? "is derived" : "has type '" + field.kind().specName() + "'"),
              "remove 'byName', or make the field 'type: ref' with the resource it refers to");
          continue;
        }
        if (fieldMarks.has("wireAs")) {
          diagnostics.error(fieldMarks.of("wireAs"), trail, "a field with 'byName' travels as a name and takes no 'wireAs'",
              "remove 'wireAs' (or 'byName')");
        }
        if (fieldMarks.has("default")) {
          diagnostics.error(fieldMarks.of("default"), trail,
              "a field with 'byName' takes no 'default' (its body value is a name, its column an id)",
              "remove 'default'; a create that leaves the field out stores no reference");
        }
        if (field.type().list()) {
          diagnostics.error(fieldMarks.of("list"), trail, "a list cannot travel by name",
              "remove 'list: true' (or 'byName')");
        }
        Optional<Resource> target = field.type().ref().flatMap(spec.model()::resource);
        target.ifPresent(t -> checkTarget(spec, t, field.byName().get(), marks, trail, diagnostics));
      }
    }
  }

  private static void checkTarget(LinkedSpec spec, Resource target, ByName byName, Marks marks, Trail trail,
      Diagnostics diagnostics) {
    List<String> columns = target.columns().stream().map(Field::name).toList();
    Optional<Field> take = target.field(byName.take()).filter(Field::isColumn);
    if (take.isEmpty()) {
      diagnostics.error(marks.of("take"), trail,
          "'take' names no column field of '" + target.name() + "': '" + byName.take() + "'",
          Suggestions.useOneOf("field", byName.take(), columns));
    } else if (take.get().kind() != FieldType.STRING && take.get().kind() != FieldType.TEXT) {
      diagnostics.error(marks.of("take"), trail,
          "'take' needs a string field, but '" + target.name() + "." + byName.take() + "' has type '"
              + take.get().kind().specName() + "'",
          "name a field of type 'string' of '" + target.name() + "'");
    } else if (take.get().internal()) {
      // The name would travel in responses and bodies, which an internal field never does.
      diagnostics.error(marks.of("take"), trail,
          "'take' names an internal field of '" + target.name() + "': '" + byName.take() + "' never travels",
          "name a field of '" + target.name() + "' that the API shows");
    }
    Marks whereMarks = spec.sources().marks(marks.of("where"));
    for (Map.Entry<String, String> condition : byName.where().entrySet()) {
      Optional<Field> field = target.field(condition.getKey()).filter(Field::isColumn);
      if (field.isEmpty()) {
        diagnostics.error(whereMarks.of(condition.getKey()), trail,
            "'where' names no column field of '" + target.name() + "': '" + condition.getKey() + "'",
            Suggestions.useOneOf("field", condition.getKey(), columns));
        continue;
      }
      DefaultRules.problem(spec, field.get(), condition.getValue()).ifPresent(fix -> diagnostics.error(
          whereMarks.of(condition.getKey()), trail,
          "'where' value '" + condition.getValue() + "' does not fit " + target.name() + "." + condition.getKey()
              + " (" + field.get().type().enumName().map(e -> "enum '" + e + "'")
                  .orElse("type '" + field.get().kind().specName() + "'") + ")",
          fix));
    }
  }
}
