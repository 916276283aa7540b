package dev.odgen.codegen.testing;

import dev.odgen.spec.diag.Location;
import dev.odgen.spec.model.Auto;
import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.Derivation;
import dev.odgen.spec.model.EnumStorage;
import dev.odgen.spec.model.EnumWire;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.MatchKind;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.TypeRef;
import java.util.List;
import java.util.Optional;

/** Small factories for model records, so tests can build specs in Java without the loader. */
public final class Specs {

  private Specs() {}

  public static Location at(String path) {
    return new Location(path, 1, 1);
  }

  public static TypeRef type(FieldType kind) {
    return TypeRef.of(kind);
  }

  public static TypeRef string(int maxLength) {
    return new TypeRef(FieldType.STRING, Optional.empty(), Optional.empty(), Optional.empty(), maxLength, false, List.of());
  }

  public static TypeRef ref(String resource) {
    return new TypeRef(FieldType.REF, Optional.of(resource), Optional.empty(), Optional.empty(),
        TypeRef.DEFAULT_MAX_LENGTH, false, List.of());
  }

  public static TypeRef enumType(String name) {
    return new TypeRef(FieldType.ENUM, Optional.empty(), Optional.of(name), Optional.empty(),
        TypeRef.DEFAULT_MAX_LENGTH, false, List.of());
  }

  public static TypeRef model(String name) {
    return new TypeRef(FieldType.MODEL, Optional.empty(), Optional.empty(), Optional.of(name),
        TypeRef.DEFAULT_MAX_LENGTH, false, List.of());
  }

  /** A column field whose column is its name. */
  public static Field column(String name, TypeRef type) {
    return new Field(name, Optional.of(name), type, Optional.empty(), Auto.NONE, EnumStorage.ORDINAL, EnumWire.NAME,
        false, Optional.empty(), false, false, false, Optional.empty(), Optional.empty(), "", at("spec/test.yaml"));
  }

  public static Field withDefault(Field f, String value) {
    return new Field(f.name(), f.column(), f.type(), Optional.of(value), f.auto(), f.storeAs(), f.wireAs(), f.signed(),
        f.derived(), f.requiredOnCreate(), f.updatable(), f.readOnly(), f.versionAdded(), f.deprecated(), f.notes(),
        f.location());
  }

  public static Field withColumn(Field f, String column) {
    return new Field(f.name(), Optional.of(column), f.type(), f.defaultValue(), f.auto(), f.storeAs(), f.wireAs(),
        f.signed(), f.derived(), f.requiredOnCreate(), f.updatable(), f.readOnly(), f.versionAdded(), f.deprecated(),
        f.notes(), f.location());
  }

  public static Field signed(Field f) {
    return new Field(f.name(), f.column(), f.type(), f.defaultValue(), f.auto(), f.storeAs(), f.wireAs(), true,
        f.derived(), f.requiredOnCreate(), f.updatable(), f.readOnly(), f.versionAdded(), f.deprecated(), f.notes(),
        f.location());
  }

  public static Field storedAsName(Field f) {
    return new Field(f.name(), f.column(), f.type(), f.defaultValue(), f.auto(), EnumStorage.NAME, f.wireAs(),
        f.signed(), f.derived(), f.requiredOnCreate(), f.updatable(), f.readOnly(), f.versionAdded(), f.deprecated(),
        f.notes(), f.location());
  }

  public static Field notes(Field f, String notes) {
    return new Field(f.name(), f.column(), f.type(), f.defaultValue(), f.auto(), f.storeAs(), f.wireAs(), f.signed(),
        f.derived(), f.requiredOnCreate(), f.updatable(), f.readOnly(), f.versionAdded(), f.deprecated(), notes,
        f.location());
  }

  /** A derived field: no column, read-only. */
  public static Field derived(String name, TypeRef type, Derivation derivation) {
    return new Field(name, Optional.empty(), type, Optional.empty(), Auto.NONE, EnumStorage.ORDINAL, EnumWire.NAME,
        false, Optional.of(derivation), false, false, true, Optional.empty(), Optional.empty(), "", at("spec/test.yaml"));
  }

  public static Filter filter(String param, String field, MatchKind match, TypeRef type) {
    return new Filter(param, Optional.ofNullable(field), match, type, false, Optional.empty(), "", at("spec/test.yaml"));
  }

  public static BodyField body(String name) {
    return body(name, name, false);
  }

  public static BodyField body(String name, String field, boolean required) {
    return new BodyField(name, field, required, Optional.empty(), "", at("spec/test.yaml"));
  }

  public static Property property(String name, TypeRef type) {
    return new Property(name, type, Optional.empty(), false, Optional.empty(), "", at("spec/test.yaml"));
  }
}
