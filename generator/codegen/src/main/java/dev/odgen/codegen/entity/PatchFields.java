package dev.odgen.codegen.entity;

import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The fields a resource's create and update bodies can set, in the resource's wire order. */
public final class PatchFields {

  private PatchFields() {}

  public static List<Field> of(Resource resource) {
    Set<String> settable = new LinkedHashSet<>();
    for (OperationKind kind : List.of(OperationKind.CREATE, OperationKind.UPDATE)) {
      resource.operation(kind).map(Operation::body).orElse(List.of()).forEach(body -> settable.add(body.field()));
    }
    return resource.fields().stream().filter(f -> settable.contains(f.name())).toList();
  }

  /** The field a body entry sets; the linker guarantees it exists and is a column. */
  public static Field field(Resource resource, BodyField body) {
    return resource.field(body.field()).filter(Field::isColumn).orElseThrow(() -> new IllegalArgumentException(
        "body field '" + body.name() + "' of " + resource.name() + " names no column field '" + body.field() + "'"));
  }
}
