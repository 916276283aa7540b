package dev.odgen.spec.model;

import dev.odgen.spec.diag.Location;
import java.util.List;
import java.util.Optional;

/**
 * One resource of the API: its fields in wire order, its CRUD operations (only those that exist),
 * its actions and the models its actions use. Resources without a table (composite read models)
 * have no id and no operations.
 */
public record Resource(
    String name,
    String entityName,
    String path,
    Optional<String> table,
    Optional<String> idField,
    List<Field> fields,
    List<Operation> operations,
    List<Action> actions,
    List<Model> models,
    String docPage,
    Optional<String> versionAdded,
    String notes,
    Location location) {

  public Resource {
    fields = List.copyOf(fields);
    operations = List.copyOf(operations);
    actions = List.copyOf(actions);
    models = List.copyOf(models);
  }

  /** The column fields the server fills from the caller's credentials ({@code fromCaller}), in wire order. */
  public List<Field> callerFields() {
    return fields.stream().filter(f -> f.isColumn() && f.fromCaller().isPresent()).toList();
  }

  /** The fields that travel (every field but the internal ones), in wire order. */
  public List<Field> wireFields() {
    return fields.stream().filter(Field::onWire).toList();
  }

  public Optional<Field> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }

  public Optional<Field> id() {
    return idField.flatMap(this::field);
  }

  public Optional<Operation> operation(OperationKind kind) {
    return operations.stream().filter(o -> o.kind() == kind).findFirst();
  }

  /** The fields stored in the table, in wire order. */
  public List<Field> columns() {
    return fields.stream().filter(Field::isColumn).toList();
  }

  public boolean hasTable() {
    return table.isPresent();
  }
}
