package dev.odgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.spec.model.TypeRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The Java type of every spec type (FORMAT.md's type table): {@code id}, {@code ref} and {@code long} are
 * {@code long}; {@code money} is {@link BigDecimal}; {@code color} an ARGB {@code int}; dates are
 * {@code java.time} values ({@code null} means no date); enums and models are generated types.
 */
public final class JavaTypes {

  private final JavaNames names;

  public JavaTypes(JavaNames names) {
    this.names = names;
  }

  /** The type of a value that is always there: primitives where possible, {@code List<...>} for lists. */
  public TypeName of(TypeRef type) {
    return type.list() ? ParameterizedTypeName.get(ClassName.get(List.class), element(type).box()) : element(type);
  }

  /** The type of a value that may be absent ({@code null}): boxed primitives. */
  public TypeName nullable(TypeRef type) {
    return of(type).box();
  }

  /** The type of one value, ignoring {@code list}. */
  public TypeName element(TypeRef type) {
    return switch (type.kind()) {
      case ID, REF, LONG -> TypeName.LONG;
      case INT, BYTE, COLOR, INTERVAL -> TypeName.INT;
      case STRING, TEXT -> ClassName.get(String.class);
      case MONEY -> ClassName.get(BigDecimal.class);
      case DOUBLE -> TypeName.DOUBLE;
      case FLOAT -> TypeName.FLOAT;
      case BOOL -> TypeName.BOOLEAN;
      case DATE -> ClassName.get(LocalDate.class);
      case DATE_TIME, TIMESTAMP -> ClassName.get(LocalDateTime.class);
      case TIME -> ClassName.get(LocalTime.class);
      case ENUM -> names.enumType(required(type.enumName().orElse(null), type));
      case MODEL -> names.model(required(type.model().orElse(null), type));
    };
  }

  private static String required(String name, TypeRef type) {
    if (name == null) {
      throw new IllegalArgumentException("a " + type.kind().specName() + " type without its target: " + type);
    }
    return name;
  }
}
