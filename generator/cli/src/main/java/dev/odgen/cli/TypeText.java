package dev.odgen.cli;

import dev.odgen.spec.model.Derivation;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.TypeRef;

/** Short readable forms of types and derivations, for the outline. */
final class TypeText {

  private TypeText() {}

  /** E.g. {@code ref Patients}, {@code enum ApptStatus}, {@code string(50)}, {@code list of long}. */
  static String of(TypeRef type) {
    String text = type.kind().specName();
    if (type.kind() == FieldType.STRING && type.maxLength() != TypeRef.DEFAULT_MAX_LENGTH) {
      text += "(" + type.maxLength() + ")";
    }
    String target = type.ref().or(type::enumName).or(type::model).orElse("");
    if (!target.isEmpty()) {
      text += " " + target;
    }
    if (!type.values().isEmpty()) {
      text += " " + String.join("|", type.values());
    }
    return type.list() ? "list of " + text : text;
  }

  /** E.g. {@code via ProvNum take Abbr}, {@code nameOf Category}, {@code serverTime}. */
  static String of(Derivation derivation) {
    if (derivation instanceof Derivation.Lookup lookup) {
      return "via " + lookup.via() + " take " + lookup.take();
    }
    if (derivation instanceof Derivation.NameOf nameOf) {
      return "nameOf " + nameOf.field();
    }
    if (derivation instanceof Derivation.NonEmpty nonEmpty) {
      return "nonEmpty " + nonEmpty.field();
    }
    if (derivation instanceof Derivation.Collect collect) {
      return "collect " + collect.resource() + "." + collect.take() + " where " + collect.match() + " = id"
          + collect.join().map(j -> " joined by '" + j + "'").orElse("");
    }
    if (derivation instanceof Derivation.Custom custom) {
      return "custom: " + custom.description();
    }
    return "serverTime";
  }

  /** The form's name as the spec writes it. */
  static String form(Derivation derivation) {
    if (derivation instanceof Derivation.Lookup) {
      return "via";
    }
    if (derivation instanceof Derivation.NameOf) {
      return "nameOf";
    }
    if (derivation instanceof Derivation.NonEmpty) {
      return "nonEmpty";
    }
    if (derivation instanceof Derivation.Collect) {
      return "collect";
    }
    return derivation instanceof Derivation.Custom ? "custom" : "serverTime";
  }
}
