package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.link.LinkedSpec;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Resource;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks where rows live: a resource with column fields has a table to keep them in (without one the DAOs and
 * the schema would have nowhere to put them), and no two resources share a table (each would create, read and
 * write the other's rows as its own). Table names compare ignoring case, as MariaDB on Windows and H2 do.
 */
final class TableRules implements Rule {

  @Override
  public void check(LinkedSpec spec, Diagnostics diagnostics) {
    Map<String, Resource> byTable = new HashMap<>();
    for (Resource resource : spec.model().resources()) {
      List<Field> columns = resource.columns();
      if (resource.table().isEmpty() && !columns.isEmpty()) {
        diagnostics.error(columns.get(0).location(), ModelTrails.resource(resource),
            "resource '" + resource.name() + "' has column fields but no table to store them in",
            "add 'table: name' to the resource, or make the fields a model's (models: ...) when nothing is stored");
      }
      resource.table().ifPresent(table -> {
        Resource first = byTable.putIfAbsent(table.toLowerCase(Locale.ROOT), resource);
        if (first != null) {
          diagnostics.error(spec.sources().marks(resource.location()).of("table"),
              ModelTrails.resource(resource).in("table of resource '" + first.name() + "'", first.location()),
              "table '" + table + "' is already the table of resource '" + first.name() + "'",
              "give each resource its own table");
        }
      });
    }
  }
}
