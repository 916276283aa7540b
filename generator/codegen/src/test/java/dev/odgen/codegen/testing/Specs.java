package dev.odgen.codegen.testing;

import dev.odgen.spec.diag.Location;
import dev.odgen.spec.model.Auto;
import dev.odgen.spec.model.Derivation;
import dev.odgen.spec.model.EnumStorage;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.TypeRef;
import dev.odgen.spec.model.WireForm;
import java.util.Optional;

/** Small factories for model records, for unit tests of odd names the loader's rules would refuse. */
public final class Specs {

  private Specs() {}

  public static Location at(String path) {
    return new Location(path, 1, 1);
  }

  public static TypeRef type(FieldType kind) {
    return TypeRef.of(kind);
  }

  /** A column field whose column is its name. */
  public static Field column(String name, TypeRef type) {
    return new Field(name, Optional.of(name), type, Optional.empty(), Auto.NONE, EnumStorage.ORDINAL, WireForm.NAME,
        false, Optional.empty(), Optional.empty(), Optional.empty(), false, false, false, false, false, false, Optional.empty(), Optional.empty(), "", at("spec/test.yaml"));
  }

  /** A derived field: no column, read-only. */
  public static Field derived(String name, TypeRef type, Derivation derivation) {
    return new Field(name, Optional.empty(), type, Optional.empty(), Auto.NONE, EnumStorage.ORDINAL, WireForm.NAME,
        false, Optional.empty(), Optional.of(derivation), Optional.empty(), false, false, false, true, false, false, Optional.empty(), Optional.empty(), "", at("spec/test.yaml"));
  }
}
