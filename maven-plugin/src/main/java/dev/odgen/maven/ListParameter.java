package dev.odgen.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalizes a list parameter: null means empty, elements may hold comma-separated names (as a
 * {@code -Dodgen.includes=Patients,Appointments} property gives), blanks are dropped.
 */
final class ListParameter {

  private ListParameter() {}

  static List<String> values(List<String> names) {
    List<String> result = new ArrayList<>();
    if (names == null) {
      return result;
    }
    for (String element : names) {
      if (element == null) {
        continue;
      }
      for (String name : element.split(",")) {
        if (!name.isBlank()) {
          result.add(name.trim());
        }
      }
    }
    return result;
  }
}
