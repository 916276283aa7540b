package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.link.LinkedSpec;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.Derivation;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Model;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.TypeRef;
import dev.odgen.spec.model.WireForm;
import dev.odgen.spec.yaml.Marks;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Checks that each key of a field fits the field: enum keys on enums, {@code signed} on bytes,
 * {@code auto} on dates, {@code list} and {@code type: model} only where a column is not needed,
 * no column keys on derived fields, and a {@code wireAs} (on a field, a model field or a body entry) only on a
 * type that can travel in that form.
 */
final class FieldKeyRules implements Rule {

  private static final List<String> COLUMN_ONLY_KEYS = List.of("column", "default", "auto", "storeAs", "signed", "fromCaller",
      "foreignKey", "internal");

  @Override
  public void check(LinkedSpec spec, Diagnostics diagnostics) {
    for (Resource resource : spec.model().resources()) {
      for (Field field : resource.fields()) {
        Marks marks = spec.sources().marks(field.location());
        Trail trail = ModelTrails.field(resource, field);
        if (field.isDerived()) {
          checkDerived(field, marks, trail, diagnostics);
          checkWireAs(field.wireAs(), field.type(), marks, trail, diagnostics);
        } else {
          checkColumn(field, marks, trail, diagnostics);
        }
      }
      for (Operation operation : resource.operations()) {
        for (BodyField body : operation.body()) {
          checkBodyWire(resource, operation, body, spec, diagnostics);
        }
      }
      for (Action action : resource.actions()) {
        for (Property property : action.body()) {
          Marks marks = spec.sources().marks(property.location());
          Trail trail = ModelTrails.action(resource, action).in("for body field '" + property.name() + "'",
              property.location());
          checkWireAs(property.wireAs(), property.type(), marks, trail, diagnostics);
        }
        checkNoWireAs(resource, action, action.pathParams(), "path parameter", spec, diagnostics);
        checkNoWireAs(resource, action, action.params(), "query parameter", spec, diagnostics);
      }
      for (Model model : resource.models()) {
        for (Property property : model.fields()) {
          Marks marks = spec.sources().marks(property.location());
          Trail trail = ModelTrails.model(resource, model).in("for field '" + property.name() + "'",
              property.location());
          checkTypeKeys(property.type().kind(), marks, trail, diagnostics);
          checkWireAs(property.wireAs(), property.type(), marks, trail, diagnostics);
        }
      }
    }
  }

  private static void checkColumn(Field field, Marks marks, Trail trail, Diagnostics diagnostics) {
    checkTypeKeys(field.kind(), marks, trail, diagnostics);
    checkWireAs(field.wireAs(), field.type(), marks, trail, diagnostics);
    if (marks.has("auto") && field.kind() != FieldType.DATE && field.kind() != FieldType.DATE_TIME) {
      diagnostics.error(marks.of("auto"), trail, "'auto' does not apply to type '" + field.kind().specName() + "'",
          "remove 'auto'; it is only for type 'date' or 'dateTime'");
    }
    if (marks.has("list")) {
      diagnostics.error(marks.of("list"), trail, "a column cannot hold a list",
          "remove 'list'; lists are for derived fields and model fields");
    }
    if (field.kind() == FieldType.MODEL) {
      diagnostics.error(marks.of("type"), trail, "a column cannot have type 'model'",
          "make the field derived, or move it to a model");
    }
  }

  /** Keys that only some types take: enum storage, signedness. */
  private static void checkTypeKeys(FieldType kind, Marks marks, Trail trail, Diagnostics diagnostics) {
    if (marks.has("storeAs") && kind != FieldType.ENUM) {
      diagnostics.error(marks.of("storeAs"), trail, "'storeAs' does not apply to type '" + kind.specName() + "'",
          "remove 'storeAs'; it is only for type 'enum'");
    }
    if (marks.has("signed") && kind != FieldType.BYTE) {
      diagnostics.error(marks.of("signed"), trail, "'signed' does not apply to type '" + kind.specName() + "'",
          "remove 'signed'; it is only for type 'byte'");
    }
  }

  private static void checkBodyWire(Resource resource, Operation operation, BodyField body, LinkedSpec spec,
      Diagnostics diagnostics) {
    Marks marks = spec.sources().marks(body.location());
    Optional<TypeRef> type = resource.field(body.field()).map(Field::type);   // unknown: reported elsewhere
    if (body.wireAs().isPresent() && type.isPresent() && !fits(body.wireAs().get(), type.get())) {
      Trail trail = ModelTrails.operation(resource, operation).in("for body field '" + body.name() + "'", body.location());
      diagnostics.error(marks.of("wireAs"), trail, "'wireAs: " + body.wireAs().get().specName()
          + "' does not apply to field '" + body.field() + "' of type '" + typeName(type.get()) + "'",
          wireFix(type.get()));
    }
  }

  /** A field's own {@code wireAs} must be a form its type can travel in (a list: only the enum forms). */
  private static void checkWireAs(WireForm wireAs, TypeRef type, Marks marks, Trail trail, Diagnostics diagnostics) {
    if (marks.has("wireAs") && !fits(wireAs, type)) {
      diagnostics.error(marks.of("wireAs"), trail, "'wireAs: " + wireAs.specName() + "' does not apply to type '"
          + typeName(type) + "'", wireFix(type));
    }
  }

  // path and query parameters are text in their type's own form
  private static void checkNoWireAs(Resource resource, Action action, List<Property> params, String what,
      LinkedSpec spec, Diagnostics diagnostics) {
    for (Property param : params) {
      Marks marks = spec.sources().marks(param.location());
      if (marks.has("wireAs")) {
        Trail trail = ModelTrails.action(resource, action).in("for " + what + " '" + param.name() + "'",
            param.location());
        diagnostics.error(marks.of("wireAs"), trail, "'wireAs' does not apply to a " + what,
            "remove 'wireAs'; a " + what + " is text in its type's own form");
      }
    }
  }

  private static boolean fits(WireForm form, TypeRef type) {
    return form.fits(type.kind()) && (!type.list() || form.isEnumForm());
  }

  // e.g. "list of ref"
  private static String typeName(TypeRef type) {
    return (type.list() ? "list of " : "") + type.kind().specName();
  }

  // e.g. "use a form type 'money' takes (string, trimmedString), or remove 'wireAs'"
  private static String wireFix(TypeRef type) {
    List<String> forms = Arrays.stream(WireForm.values()).filter(f -> fits(f, type)).map(WireForm::specName).toList();
    if (forms.isEmpty()) {
      return "remove 'wireAs'; type '" + typeName(type) + "' travels only in its own form";
    }
    return "use a form type '" + typeName(type) + "' takes (" + String.join(", ", forms) + "), or remove 'wireAs'";
  }

  private static void checkDerived(Field field, Marks marks, Trail trail, Diagnostics diagnostics) {
    for (String key : COLUMN_ONLY_KEYS) {
      if (marks.has(key)) {
        diagnostics.error(marks.of(key), trail, "'" + key + "' does not apply to a derived field",
            "remove '" + key + "'; a derived field has no column and is read-only");
      }
    }
    Derivation derivation = field.derived().orElseThrow();
    boolean typeIsFree = derivation instanceof Derivation.Custom || derivation instanceof Derivation.Collect;
    if (!typeIsFree) {
      for (String key : List.of("type", "ref", "enum", "model", "maxLength", "values")) {
        if (marks.has(key)) {
          diagnostics.error(marks.of(key), trail, "'" + key + "' does not apply to this derived field",
              "remove '" + key + "'; the derivation decides the type (only 'custom' and 'collect' take one)");
        }
      }
    }
  }
}
