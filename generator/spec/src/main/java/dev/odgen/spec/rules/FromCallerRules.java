package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.link.LinkedSpec;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.yaml.Marks;
import java.util.List;

/**
 * Checks {@code fromCaller}: it names one of the API's auth credentials, and sits on a string column (the
 * credential is text; derived fields are refused with the other column-only keys).
 */
final class FromCallerRules implements Rule {

  @Override
  public void check(LinkedSpec spec, Diagnostics diagnostics) {
    List<String> credentials = spec.model().api().auth().credentials();
    for (Resource resource : spec.model().resources()) {
      for (Field field : resource.fields()) {
        if (field.fromCaller().isEmpty() || field.isDerived()) {
          continue;
        }
        Marks marks = spec.sources().marks(field.location());
        String credential = field.fromCaller().get();
        if (field.kind() != FieldType.STRING) {
          diagnostics.error(marks.of("fromCaller"), ModelTrails.field(resource, field),
              "'fromCaller' does not apply to type '" + field.kind().specName() + "'",
              "remove 'fromCaller'; a credential is stored in a field of type 'string'");
        }
        if (!credentials.contains(credential)) {
          diagnostics.error(marks.of("fromCaller"), ModelTrails.field(resource, field),
              "'fromCaller: " + credential + "' names no credential of the API",
              credentials.isEmpty()
                  ? "list the credentials under 'auth: credentials' in the API file, or remove 'fromCaller'"
                  : "use one of " + String.join(", ", credentials) + " (the API's 'auth: credentials')");
        }
      }
    }
  }
}
