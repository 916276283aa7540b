package dev.odgen.codegen.diff;

import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.TypeRef;

/** How a diff names a type: {@code string(100)}, {@code enum ApptStatus}, {@code ref Patients}, {@code list of long}. */
final class TypeText {
  private TypeText() {}

  static String of(TypeRef type) {
    String one = switch (type.kind()) {
      case STRING -> "string(" + type.maxLength() + ")";
      case REF -> "ref " + type.ref().orElse("?");
      case ENUM -> "enum " + type.enumName().orElse("?");
      case MODEL -> "model " + type.model().orElse("?");
      default -> type.kind().specName();
    };
    if (!type.values().isEmpty()) {
      one += " " + type.values();
    }
    return type.list() ? "list of " + one : one;
  }

  /** True when values of {@code before} read unchanged as {@code after} (only a string grown longer). */
  static boolean onlyLonger(TypeRef before, TypeRef after) {
    return before.kind() == FieldType.STRING && after.kind() == FieldType.STRING
        && before.list() == after.list() && before.values().equals(after.values())
        && after.maxLength() > before.maxLength();
  }

  /** True when the type is the same apart from a string's length. */
  static boolean sameButLength(TypeRef before, TypeRef after) {
    return before.kind() == after.kind() && before.ref().equals(after.ref())
        && before.enumName().equals(after.enumName()) && before.model().equals(after.model())
        && before.list() == after.list() && before.values().equals(after.values());
  }
}
