package dev.odgen.codegen.diff;

import dev.odgen.codegen.schema.TableDefs;
import dev.odgen.runtime.schema.Column;
import dev.odgen.runtime.schema.ColumnChange;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of one resource in two specs: matched by wire name, then (for a renamed wire name) by column.
 * Each pair gives at most one change carrying both classes; its stored-data class comes from the columns the
 * schema emitter generates for the two fields.
 */
final class FieldComparison {
  private final ApiModel beforeModel;
  private final ApiModel afterModel;
  private final Changes changes;

  FieldComparison(ApiModel beforeModel, ApiModel afterModel, Changes changes) {
    this.beforeModel = beforeModel;
    this.afterModel = afterModel;
    this.changes = changes;
  }

  /** Compares the fields of a resource present in both specs; {@code tableKept} when both store it in one table. */
  void compare(Resource before, Resource after, boolean tableKept) {
    Map<String, Field> removed = byName(before.fields());
    Map<String, Field> added = byName(after.fields());
    for (Field a : after.fields()) {
      Field b = removed.remove(a.name());
      if (b != null) {
        added.remove(a.name());
        pair(before, b, after, a, tableKept);
      }
    }
    renamed(before, removed, after, added, tableKept);
    removed.values().forEach(b -> changes.add(b.location(), subject(before, b), "field removed (" + describe(b) + ")",
        b.internal() ? ClientImpact.NONE : ClientImpact.BREAKING, tableKept && b.isColumn() ? DataImpact.COLUMN_REMOVED : DataImpact.NONE));
    added.values().forEach(a -> changes.add(a.location(), subject(after, a), "field added (" + describe(a) + ")",
        a.internal() ? ClientImpact.NONE : ClientImpact.COMPATIBLE, tableKept && a.isColumn() ? DataImpact.COLUMN_ADDED : DataImpact.NONE));
  }

  /** A field whose wire name changed but whose column stayed: the wire name was renamed. */
  private void renamed(Resource before, Map<String, Field> removed, Resource after, Map<String, Field> added,
      boolean tableKept) {
    for (Field a : List.copyOf(added.values())) {
      Optional<Field> b = a.column().flatMap(column -> removed.values().stream()
          .filter(f -> f.column().equals(Optional.of(column))).findFirst());
      if (b.isPresent()) {
        removed.remove(b.get().name());
        added.remove(a.name());
        DataImpact data = tableKept ? columnChange(before, b.get(), after, a) : DataImpact.NONE;
        changes.add(a.location(), subject(after, a), "wire name renamed from " + b.get().name() + " to " + a.name(),
            ClientImpact.BREAKING, data);
      }
    }
  }

  private void pair(Resource before, Field b, Resource after, Field a, boolean tableKept) {
    List<String> breaking = new ArrayList<>();
    List<String> compatible = new ArrayList<>();
    if (!TypeText.sameButLength(b.type(), a.type())) {
      breaking.add("type changed from " + TypeText.of(b.type()) + " to " + TypeText.of(a.type()));
    } else if (a.type().maxLength() != b.type().maxLength() && a.kind() == b.kind()
        && a.kind() == dev.odgen.spec.model.FieldType.STRING) {
      String text = "length changed from " + b.type().maxLength() + " to " + a.type().maxLength();
      (TypeText.onlyLonger(b.type(), a.type()) ? compatible : breaking).add(text);
    }
    if (b.wireAs() != a.wireAs()) {
      breaking.add("wire form changed from " + b.wireAs().specName() + " to " + a.wireAs().specName());
    }
    if (!b.byName().equals(a.byName())) {
      breaking.add("travels " + byNameText(b) + " before, " + byNameText(a) + " now");
    }
    if (b.internal() != a.internal()) {
      // the stored column stays; on the wire the field goes away, or comes
      (a.internal() ? breaking : compatible).add(a.internal()
          ? "now internal: no longer sent or taken (the column stays)"
          : "no longer internal: now sent (the column stays)");
    }
    if (b.isDerived() != a.isDerived()) {
      breaking.add(a.isDerived() ? "now derived, no longer stored" : "now stored, no longer derived");
    }
    if (b.isColumn() && a.isColumn() && !b.column().equals(a.column())) {
      breaking.add("column renamed from " + b.column().get() + " to " + a.column().get());
    }
    if (!b.defaultValue().equals(a.defaultValue())) {
      compatible.add("default changed from " + b.defaultValue().orElse("(blank)") + " to "
          + a.defaultValue().orElse("(blank)"));
    }
    DataImpact data = tableKept ? columnChange(before, b, after, a) : DataImpact.NONE;
    if (breaking.isEmpty() && compatible.isEmpty() && data == DataImpact.NONE) {
      return;
    }
    List<String> all = new ArrayList<>(breaking);
    all.addAll(compatible);
    if (all.isEmpty()) {
      all.add("column " + data.label().replace("column ", ""));
    }
    // a field internal before and after was never seen by a client, whatever changed about it
    boolean seen = b.onWire() || a.onWire();
    ClientImpact client = !seen ? ClientImpact.NONE : !breaking.isEmpty() ? ClientImpact.BREAKING
        : !compatible.isEmpty() ? ClientImpact.COMPATIBLE : ClientImpact.NONE;
    changes.add(a.location(), subject(after, a), String.join("; ", all), client, data);
  }

  /** What happens to the stored column of a field kept in a kept table. */
  private DataImpact columnChange(Resource before, Field b, Resource after, Field a) {
    if (!b.isColumn() && !a.isColumn()) {
      return DataImpact.NONE;
    }
    if (!b.isColumn()) {
      return DataImpact.COLUMN_ADDED;
    }
    if (!a.isColumn()) {
      return DataImpact.COLUMN_REMOVED;
    }
    if (!b.column().equals(a.column())) {
      return DataImpact.COLUMN_RETYPED;
    }
    Column old = TableDefs.columnOf(before, b, beforeModel);
    Column now = TableDefs.columnOf(after, a, afterModel);
    return switch (ColumnChange.between(old, now)) {
      case NONE -> DataImpact.NONE;
      case WIDENED -> DataImpact.COLUMN_WIDENED;
      case NARROWED -> DataImpact.COLUMN_NARROWED;
      case RETYPED -> DataImpact.COLUMN_RETYPED;
    };
  }

  static String subject(Resource resource, Field field) {
    return resource.name() + "." + field.name();
  }

  /** How a ref travels: {@code as the id} or {@code by ItemName where Category = BillingTypes}. */
  private static String byNameText(Field field) {
    return field.byName().map(b -> "by " + b.take() + (b.where().isEmpty() ? "" : " where " + b.where().entrySet()
        .stream().map(e -> e.getKey() + " = " + e.getValue()).collect(java.util.stream.Collectors.joining(" and "))))
        .orElse("as " + (field.isDerived() ? "derived" : TypeText.of(field.type())));
  }

  private static String describe(Field field) {
    return field.isDerived() ? "derived" : TypeText.of(field.type()) + (field.internal() ? ", internal" : "");
  }

  private static Map<String, Field> byName(List<Field> fields) {
    Map<String, Field> map = new LinkedHashMap<>();
    fields.forEach(f -> map.put(f.name(), f));
    return map;
  }
}
