package dev.odgen.codegen.entity;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.naming.JavaNames;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The fluent builder nested in a patch; each setter records the field as present:
 *
 * <pre>
 * public static final class Builder {
 *   public Builder patNum(long patNum) { this.patNum = patNum; present.add("PatNum"); return this; }
 *   public AppointmentPatch build() { return new AppointmentPatch(present, patNum, ...); }
 * }
 * </pre>
 */
final class PatchBuilder {

  private PatchBuilder() {}

  static TypeSpec of(ClassName patch, List<JsonMember> members, EmitContext ctx) {
    ClassName builder = patch.nestedClass("Builder");
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addJavadoc("Sets fields one by one; only the fields set end up in the patch.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addField(FieldSpec.builder(ParameterizedTypeName.get(Set.class, String.class), JavaNames.PRESENT,
                Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T<>()", LinkedHashSet.class)
            .build());
    for (JsonMember member : members) {
      FieldSpec.Builder field = FieldSpec.builder(member.javaType(), member.identifier(), Modifier.PRIVATE);
      if (!member.javaType().isPrimitive() && !member.nullable()) {
        // "" and BigDecimal.ZERO rather than null, so unset values are blank like everywhere else
        CodeBlock blank = ctx.values().blank(member.type());
        if (!blank.toString().equals("null")) {
          field.initializer(blank);
        }
      }
      type.addField(field.build());
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    members.forEach(member -> type.addMethod(setter(builder, member)));
    return type.addMethod(build(patch, members)).build();
  }

  // emits: public Builder patNum(long patNum) { this.patNum = patNum; present.add("PatNum"); return this; }
  private static MethodSpec setter(ClassName builder, JsonMember member) {
    return MethodSpec.methodBuilder(member.identifier())
        .addJavadoc("Sets {@code $L}.\n$L", member.wireName(), member.since().isEmpty() ? ""
            : "\n@since " + member.since() + "\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(member.javaType(), member.identifier())
        .addStatement("this.$N = $N", member.identifier(), member.identifier())
        .addStatement("$N.add($S)", JavaNames.PRESENT, member.wireName())
        .addStatement("return this")
        .build();
  }

  // emits: public AppointmentPatch build() { return new AppointmentPatch(present, patNum, ...); }
  private static MethodSpec build(ClassName patch, List<JsonMember> members) {
    CodeBlock.Builder arguments = CodeBlock.builder().add("$N", JavaNames.PRESENT);
    members.forEach(member -> arguments.add(",\n$N", member.identifier()));
    return MethodSpec.methodBuilder("build")
        .addJavadoc("The patch with the fields set so far.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(patch)
        .addStatement("return new $T(\n$L)", patch, arguments.build())
        .build();
  }
}
