package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.link.LinkedSpec;
import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.Resource;

/**
 * Checks that create and update bodies only set fields that have a column, and not a field the server fills
 * from the caller's credentials.
 */
final class BodyRules implements Rule {

  @Override
  public void check(LinkedSpec spec, Diagnostics diagnostics) {
    for (Resource resource : spec.model().resources()) {
      for (Operation operation : resource.operations()) {
        for (BodyField body : operation.body()) {
          resource.field(body.field()).filter(f -> f.isDerived()).ifPresent(f -> diagnostics.error(
              body.location(),
              ModelTrails.operation(resource, operation).in("for body field '" + body.name() + "'", body.location()),
              "body field '" + body.name() + "' sets derived field '" + f.name() + "', which is read-only",
              "set the column field it comes from instead, e.g. {name: " + body.name() + ", field: <column>}"));
          resource.field(body.field()).filter(f -> f.fromCaller().isPresent()).ifPresent(f -> diagnostics.error(
              body.location(),
              ModelTrails.operation(resource, operation).in("for body field '" + body.name() + "'", body.location()),
              "body field '" + body.name() + "' sets field '" + f.name() + "', which the server takes from the caller's "
                  + f.fromCaller().get(),
              "remove '" + body.name() + "' from the body; a request cannot choose it"));
        }
      }
    }
  }
}
