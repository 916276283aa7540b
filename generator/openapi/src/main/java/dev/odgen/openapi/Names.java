package dev.odgen.openapi;

import dev.odgen.spec.rules.JavaIdentifiers;
import java.util.Locale;
import java.util.Set;

/** Spec names made from what a foreign document calls things: resources, entities, enums, actions, tables. */
final class Names {

  private Names() {}

  /** {@code pet-owners} → {@code PetOwners}; a name that starts with a digit gets a leading {@code N}. */
  static String upperCamel(String text) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (char c : text.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    if (out.length() == 0 || !Character.isLetter(out.charAt(0))) {
      out.insert(0, 'N');
    }
    return out.toString();
  }

  /** A Java identifier in lower camel case, e.g. an action name from an operationId. */
  static String lowerCamel(String text) {
    String upper = upperCamel(text);
    String lower = Character.toLowerCase(upper.charAt(0)) + upper.substring(1);
    return JavaIdentifiers.isValidIdentifier(lower) ? lower : lower + "Call";
  }

  /** A table name: the entity in lower case, letters, digits and underscores only. */
  static String table(String entity) {
    return entity.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
  }

  /** {@code wanted}, or with a number when {@code taken} has it already; the result is added to {@code taken}. */
  static String unique(String wanted, Set<String> taken) {
    String name = wanted;
    for (int n = 2; !taken.add(name); n++) {
      name = wanted + n;
    }
    return name;
  }
}
