package dev.odgen.codegen.schema;

import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.spec.model.Resource;
import java.util.Comparator;
import java.util.List;

/** The selected resources that have a table, in table-name order (the order statements run in). */
final class Tables {

  private Tables() {}

  static List<Resource> of(EmitContext ctx) {
    return ctx.resources().stream()
        .filter(Resource::hasTable)
        .sorted(Comparator.comparing(r -> r.table().orElseThrow()))
        .toList();
  }
}
