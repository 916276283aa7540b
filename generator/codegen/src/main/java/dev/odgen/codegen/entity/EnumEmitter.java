package dev.odgen.codegen.entity;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.emit.Docs;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.JavaEmitter;
import dev.odgen.codegen.naming.Identifiers;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.runtime.wire.WireEnum;
import dev.odgen.runtime.wire.WireEnums;
import dev.odgen.spec.model.EnumMember;
import dev.odgen.spec.model.EnumType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * A Java enum per spec enum, carrying each member's wire name and stored value:
 *
 * <pre>
 * public enum ApptStatus implements WireEnum {
 *   NONE("None", 0),
 *   SCHEDULED("Scheduled", 1);
 *
 *   public String wireName() { ... }
 *   public int storedValue() { ... }
 *   public static Optional&lt;ApptStatus&gt; fromWireName(String name) { ... }
 *   public static Optional&lt;ApptStatus&gt; fromStoredValue(int value) { ... }
 * }
 * </pre>
 */
public final class EnumEmitter extends JavaEmitter<EnumType> {

  static final ClassName WIRE_ENUM = ClassName.get(WireEnum.class);
  static final ClassName WIRE_ENUMS = ClassName.get(WireEnums.class);

  @Override
  public ArtifactKind kind() {
    return ArtifactKind.ENTITIES;
  }

  @Override
  protected List<EnumType> inputs(EmitContext ctx) {
    return ctx.enums();
  }

  @Override
  protected String packageName(EmitContext ctx) {
    return ctx.names().entityPackage();
  }

  @Override
  protected String source(EnumType enumType, EmitContext ctx) {
    return enumType.location().path();
  }

  @Override
  protected List<TypeSpec.Builder> types(EnumType enumType, EmitContext ctx) {
    ClassName name = ctx.names().enumType(enumType.name());
    Identifiers constants = ctx.names().enumConstants(enumType);
    TypeSpec.Builder type = TypeSpec.enumBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(WIRE_ENUM)
        .addJavadoc("$L", javadoc(enumType));
    for (EnumMember member : enumType.members()) {
      type.addEnumConstant(constants.of(member.name()), constant(member));
    }
    return List.of(type
        .addField(String.class, "wireName", Modifier.PRIVATE, Modifier.FINAL)
        .addField(int.class, "storedValue", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(constructor())
        .addMethod(wireName())
        .addMethod(storedValue())
        .addMethod(fromWireName(name))
        .addMethod(fromStoredValue(name))
        );
  }

  private static String javadoc(EnumType enumType) {
    String notes = enumType.notes().isBlank() ? "" : "\n\n<p>" + Docs.text(enumType.notes());
    return "Spec enum {@code " + enumType.name() + "}: members travel by wire name and are stored as numbers."
        + notes + "\n";
  }

  // emits: SCHEDULED("Scheduled", 1)
  private static TypeSpec constant(EnumMember member) {
    return TypeSpec.anonymousClassBuilder("$S, $L", member.name(), member.ordinal()).build();
  }

  // emits: ApptStatus(String wireName, int storedValue) { this.wireName = wireName; ... }
  private static MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addParameter(String.class, "wireName")
        .addParameter(int.class, "storedValue")
        .addStatement("this.wireName = wireName")
        .addStatement("this.storedValue = storedValue")
        .build();
  }

  // emits: @Override public String wireName() { return wireName; }
  private static MethodSpec wireName() {
    return MethodSpec.methodBuilder(JavaNames.WIRE_NAME)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return wireName")
        .build();
  }

  // emits: @Override public int storedValue() { return storedValue; }
  private static MethodSpec storedValue() {
    return MethodSpec.methodBuilder(JavaNames.STORED_VALUE)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement("return storedValue")
        .build();
  }

  // emits: public static Optional<ApptStatus> fromWireName(String name) { return WireEnums.byName(...); }
  private static MethodSpec fromWireName(ClassName name) {
    return MethodSpec.methodBuilder(JavaNames.FROM_WIRE_NAME)
        .addJavadoc("The member with this wire name: an exact match, else the only one that matches ignoring case.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), name))
        .addParameter(String.class, "name")
        .addStatement("return $T.byName($T.class, name)", WIRE_ENUMS, name)
        .build();
  }

  // emits: public static Optional<ApptStatus> fromStoredValue(int value) { return WireEnums.byStoredValue(...); }
  private static MethodSpec fromStoredValue(ClassName name) {
    return MethodSpec.methodBuilder(JavaNames.FROM_STORED_VALUE)
        .addJavadoc("The member stored as {@code value} in the database.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), name))
        .addParameter(int.class, "value")
        .addStatement("return $T.byStoredValue($T.class, value)", WIRE_ENUMS, name)
        .build();
  }
}
