package dev.odgen.spec.model;

import dev.odgen.spec.diag.Location;
import java.util.Optional;

/**
 * A field of a resource, in wire order. A field is either a column (it has a column name) or derived
 * (it has a derivation and no column). Whether it is required on create, updatable or read-only is
 * worked out by the linker from the resource's operations. {@code fromCaller} names the auth credential
 * the server stores in the field on create and restricts the caller's reads and writes to. {@code nullable}
 * says that the column holds SQL NULL and the value travels as JSON null when absent (the API's blanks are
 * {@code null}); {@code foreignKey} that the column has a FOREIGN KEY constraint to the row it refers to; {@code byName} that a
 * ref travels as a field of the row it refers to (its name) instead of as the id it stores; {@code internal} that
 * the column is stored but never travels: no response writes it, no body, filter or client has it.
 */
public record Field(
    String name,
    Optional<String> column,
    TypeRef type,
    Optional<String> defaultValue,
    Auto auto,
    EnumStorage storeAs,
    WireForm wireAs,
    boolean signed,
    Optional<String> fromCaller,
    Optional<Derivation> derived,
    Optional<ByName> byName,
    boolean internal,
    boolean requiredOnCreate,
    boolean updatable,
    boolean readOnly,
    boolean nullable,
    boolean foreignKey,
    Optional<String> versionAdded,
    Optional<String> deprecated,
    String notes,
    Location location) {

  public boolean isDerived() {
    return derived.isPresent();
  }

  public boolean isColumn() {
    return column.isPresent();
  }

  /** Whether the ref travels as a field of its target row (a name) instead of as the id. */
  public boolean travelsByName() {
    return byName.isPresent();
  }

  /** The type of the value on the wire and in Java records: a string for a ref that travels by name. */
  public TypeRef wireType() {
    return byName.isPresent() ? TypeRef.of(FieldType.STRING) : type;
  }

  /** Whether the field is part of the API: every field but an internal column. */
  public boolean onWire() {
    return !internal;
  }

  public FieldType kind() {
    return type.kind();
  }
}
