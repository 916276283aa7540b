package dev.odgen.codegen.dao;

import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.spec.link.Paths;
import dev.odgen.spec.model.Derivation;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.MatchKind;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the DAO of one resource reads and how: its table and id, the joins its lookups need, and the derived
 * fields that need a second pass over a page of rows (collects and custom fields). Lookups and collects are
 * computed only when their target table is generated too; otherwise the field stays absent.
 *
 * @param lookups derived fields read through a join, and refs that travel by name (their name), by field name
 * @param collects derived fields gathered from rows of another table with one query per page
 * @param customs derived fields the application's hooks compute
 */
record DaoPlan(
    Resource resource,
    Field id,
    String table,
    List<Join> joins,
    Map<String, Lookup> lookups,
    List<Field> collects,
    List<Field> customs,
    List<Filter> filters,
    boolean hasList) {

  static DaoPlan of(Resource resource, EmitContext ctx) {
    Field id = resource.id().orElseThrow(() -> new IllegalArgumentException(resource.name() + " has no id"));
    List<Join> joins = new ArrayList<>();
    Map<String, Lookup> lookups = new LinkedHashMap<>();
    List<Field> collects = new ArrayList<>();
    List<Field> customs = new ArrayList<>();
    for (Field field : resource.fields()) {
      Derivation derivation = field.derived().orElse(null);
      if (field.byName().isPresent()) {
        // a ref that travels by name reads the name through a join, as a lookup of itself
        lookup(resource, field, new Derivation.Lookup(field.name(), field.byName().get().take()), joins, ctx)
            .ifPresent(l -> lookups.put(field.name(), l));
      } else if (derivation instanceof Derivation.Lookup lookup) {
        lookup(resource, field, lookup, joins, ctx).ifPresent(l -> lookups.put(field.name(), l));
      } else if (derivation instanceof Derivation.Collect collect && generated(collect.resource(), ctx).isPresent()) {
        collects.add(field);
      } else if (derivation instanceof Derivation.Custom) {
        customs.add(field);
      }
    }
    Optional<Operation> list = resource.operation(OperationKind.LIST);
    return new DaoPlan(resource, id, resource.table().orElseThrow(), List.copyOf(joins), lookups, collects, customs,
        list.map(Operation::filters).orElse(List.of()), list.isPresent());
  }

  /** Whether rows need a second pass after the main query. */
  boolean hasLateFields() {
    return !collects.isEmpty() || !customs.isEmpty();
  }

  boolean hasCustomFilters() {
    return filters.stream().anyMatch(f -> f.match() == MatchKind.CUSTOM);
  }

  /** Whether the DAO takes application hooks: for custom filters or custom derived fields. */
  boolean hasHooks() {
    return hasCustomFilters() || !customs.isEmpty();
  }

  boolean isLate(Field field) {
    return collects.contains(field) || customs.contains(field);
  }

  /** The column fields, in wire order. */
  List<Field> columns() {
    return resource.columns();
  }

  /** A column field's column name. */
  static String column(Field field) {
    return field.column().orElseThrow(() -> new IllegalArgumentException("field '" + field.name() + "' has no column"));
  }

  /** The selected resource of that name that has a table, if it is generated. */
  static Optional<Resource> generated(String resourceName, EmitContext ctx) {
    return ctx.resources().stream().filter(r -> r.name().equals(resourceName) && r.hasTable()).findFirst();
  }

  private static Optional<Lookup> lookup(
      Resource resource, Field field, Derivation.Lookup lookup, List<Join> joins, EmitContext ctx) {
    Field via = resource.field(lookup.via()).orElseThrow();
    Optional<Resource> target = via.type().ref().flatMap(name -> generated(name, ctx));
    if (target.isEmpty() || target.get().id().isEmpty()) {
      return Optional.empty();
    }
    Join join = joins.stream().filter(j -> j.via().equals(via)).findFirst().orElseGet(() -> {
      Resource t = target.get();
      Join created = new Join("j" + (joins.size() + 1), via, t, t.table().orElseThrow(), column(t.id().orElseThrow()));
      joins.add(created);
      return created;
    });
    List<String> names = lookup.isTemplate() ? Paths.placeholders(lookup.take()) : List.of(lookup.take());
    List<Lookup.TargetColumn> columns = new ArrayList<>();
    for (String name : names) {
      Field taken = target.get().field(name).filter(Field::isColumn).orElse(null);
      if (taken == null || (taken.kind() == FieldType.MODEL)) {
        return Optional.empty(); // a derived field of the target has no column to select
      }
      String column = column(taken);
      columns.add(new Lookup.TargetColumn(name, column, join.label(column)));
    }
    return Optional.of(new Lookup(field, join, columns, lookup.isTemplate() ? lookup.take() : null));
  }
}
