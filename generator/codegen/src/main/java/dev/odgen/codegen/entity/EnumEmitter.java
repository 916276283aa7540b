package dev.odgen.codegen.entity;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * An open enum per spec enum: a final class with a constant per member, carrying its wire name and stored
 * value, and besides the members the unrecognized values a client reads when a newer server sends a member
 * this spec does not have (they keep their text and are written back as it):
 *
 * <pre>
 * public final class ApptStatus implements WireEnum {
 *   public static final ApptStatus NONE = new ApptStatus("None", 0, true);
 *   public static final ApptStatus SCHEDULED = new ApptStatus("Scheduled", 1, true);
 *
 *   public static ApptStatus[] values() { ... }               // the members
 *   public static ApptStatus unrecognized(String wireName) { ... }
 *   public boolean isRecognized() { ... }
 *   public static Optional&lt;ApptStatus&gt; fromWireName(String name) { ... }
 *   public static Optional&lt;ApptStatus&gt; fromStoredValue(int value) { ... }
 * }
 * </pre>
 *
 * <p>Members are singletons, so {@code ==} compares them; an unrecognized value equals another of the same
 * text. Java 17 cannot {@code switch} over such constants: compare, or switch over {@code wireName()}.
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
    String members = membersField(enumType, constants);
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(WIRE_ENUM)
        .addJavadoc("$L", javadoc(enumType));
    List<CodeBlock> all = new ArrayList<>();
    for (EnumMember member : enumType.members()) {
      String constant = constants.of(member.name());
      type.addField(FieldSpec.builder(name, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("Member {@code $L}, stored as $L.\n", Docs.text(member.name()), member.ordinal())
          .initializer("new $T($S, $L, true)", name, member.name(), member.ordinal())
          .build());
      all.add(CodeBlock.of("$N", constant));
    }
    ParameterizedTypeName list = ParameterizedTypeName.get(ClassName.get(List.class), name);
    return List.of(type
        .addField(FieldSpec.builder(list, members, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($L)", List.class, CodeBlock.join(all, ", "))
            .build())
        .addStaticBlock(CodeBlock.of("$T.register($T.class, $N, $T::unrecognized);\n", WIRE_ENUMS, name, members, name))
        .addField(String.class, "wireName", Modifier.PRIVATE, Modifier.FINAL)
        .addField(int.class, "storedValue", Modifier.PRIVATE, Modifier.FINAL)
        .addField(boolean.class, "recognized", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(constructor())
        .addMethod(values(name, members))
        .addMethod(unrecognized(name))
        .addMethod(wireName())
        .addMethod(storedValue(name))
        .addMethod(isRecognized())
        .addMethod(fromWireName(name))
        .addMethod(fromStoredValue(name))
        .addMethod(equalsMethod(name))
        .addMethod(hashCodeMethod())
        .addMethod(toStringMethod())
        );
  }

  /** {@code MEMBERS}, unless a member's constant has that name. */
  private static String membersField(EnumType enumType, Identifiers constants) {
    String field = "MEMBERS";
    while (true) {
      String candidate = field;
      if (enumType.members().stream().noneMatch(m -> constants.of(m.name()).equals(candidate))) {
        return field;
      }
      field = field + "_";
    }
  }

  private static String javadoc(EnumType enumType) {
    String notes = enumType.notes().isBlank() ? "" : "\n\n<p>" + Docs.text(enumType.notes());
    return "Spec enum {@code " + enumType.name() + "}: members travel by wire name and are stored as numbers."
        + notes + "\n\n<p>Open: a value a newer server sends that is none of these members reads as an"
        + " {@link #unrecognized} value\n(not {@link #isRecognized()}), which keeps its text and is written back"
        + " as it; the server refuses such\nvalues in requests.\n";
  }

  // emits: private ApptStatus(String wireName, int storedValue, boolean recognized) { ... }
  private static MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(String.class, "wireName")
        .addParameter(int.class, "storedValue")
        .addParameter(boolean.class, "recognized")
        .addStatement("this.wireName = wireName")
        .addStatement("this.storedValue = storedValue")
        .addStatement("this.recognized = recognized")
        .build();
  }

  // emits: public static ApptStatus[] values() { return MEMBERS.toArray(new ApptStatus[0]); }
  private static MethodSpec values(ClassName name, String members) {
    return MethodSpec.methodBuilder("values")
        .addJavadoc("The members, in declaration order (never an unrecognized value).\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ArrayTypeName.of(name))
        .addStatement("return $N.toArray(new $T[0])", members, name)
        .build();
  }

  // emits: public static ApptStatus unrecognized(String wireName) { return new ApptStatus(wireName, 0, false); }
  private static MethodSpec unrecognized(ClassName name) {
    return MethodSpec.methodBuilder("unrecognized")
        .addJavadoc("A value for wire text that is none of the members, e.g. one a newer server sends; it keeps the\n"
            + "text and is written back as it. It never equals a member, even when the text names one.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(name)
        .addParameter(String.class, "wireName")
        .addStatement("return new $T($T.requireNonNull(wireName, $S), 0, false)", name, Objects.class, "wireName")
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

  // emits: @Override public int storedValue() { return recognized ? storedValue : WireEnums.unrecognizedStoredValue(...); }
  private static MethodSpec storedValue(ClassName name) {
    return MethodSpec.methodBuilder(JavaNames.STORED_VALUE)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement("return recognized ? storedValue : $T.unrecognizedStoredValue($T.class, wireName)", WIRE_ENUMS,
            name)
        .build();
  }

  // emits: @Override public boolean isRecognized() { return recognized; }
  private static MethodSpec isRecognized() {
    return MethodSpec.methodBuilder("isRecognized")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addStatement("return recognized")
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

  // emits: members are singletons; unrecognized values are equal when their text is
  private static MethodSpec equalsMethod(ClassName name) {
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(Object.class, "other")
        .addStatement("return this == other || other instanceof $T that && !recognized && !that.recognized\n"
            + "$>$>&& wireName.equals(that.wireName)$<$<", name)
        .build();
  }

  private static MethodSpec hashCodeMethod() {
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement("return wireName.hashCode()")
        .build();
  }

  // emits: @Override public String toString() { return wireName; }
  private static MethodSpec toStringMethod() {
    return MethodSpec.methodBuilder("toString")
        .addJavadoc("The wire name.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return wireName")
        .build();
  }
}
