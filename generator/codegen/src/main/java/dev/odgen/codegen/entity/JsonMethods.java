package dev.odgen.codegen.entity;

import com.fasterxml.jackson.core.io.SerializedString;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.odgen.codegen.emit.ValueCode;
import dev.odgen.codegen.emit.WireCode;
import dev.odgen.codegen.naming.Identifiers;
import dev.odgen.codegen.naming.JavaNames;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The JSON methods entities and models share: {@code writeJson}, {@code writeFields} and {@code fromJson},
 * mapping every member explicitly by its exact wire name, in wire order.
 */
final class JsonMethods {

  private static final ClassName SERIALIZED_STRING = ClassName.get(SerializedString.class);

  private final WireCode wire;
  private final ValueCode values;
  private final JavaNames names;

  JsonMethods(WireCode wire, ValueCode values, JavaNames names) {
    // objects as the API sends them: a client built from an older spec reads members it does not know
    this.wire = wire.readingUnknownMembers();
    this.values = values;
    this.names = names;
  }

  // emits: private static final SerializedString PAT_NUM = new SerializedString("PatNum");
  List<FieldSpec> nameConstants(List<JsonMember> members) {
    Identifiers constants = nameConstantsOf(members);
    return written(members).stream()
        .map(member -> FieldSpec.builder(SERIALIZED_STRING, constants.of(member.wireName()),
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T($S)", SERIALIZED_STRING, member.wireName())
            .build())
        .toList();
  }

  // one pre-encoded name per field that travels: Jackson then copies its bytes instead of encoding it per row
  private Identifiers nameConstantsOf(List<JsonMember> members) {
    return names.jsonNameConstants(written(members).stream().map(JsonMember::wireName).toList());
  }

  private static List<JsonMember> written(List<JsonMember> members) {
    return members.stream().filter(member -> !member.internal()).toList();   // stored, never part of the API
  }

  // emits: public void writeJson(WireWriter out) { out.startObject(); writeFields(out); out.endObject(); }
  MethodSpec writeJson() {
    return MethodSpec.methodBuilder(JavaNames.WRITE_JSON)
        .addJavadoc("Writes this as one JSON object, fields in wire order.\n")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(WireCode.WIRE_WRITER, JavaNames.WRITER)
        .addStatement("$L.startObject()", JavaNames.WRITER)
        .addStatement("$L($L)", JavaNames.WRITE_FIELDS, JavaNames.WRITER)
        .addStatement("$L.endObject()", JavaNames.WRITER)
        .build();
  }

  // emits: public void writeFields(WireWriter out) { out.field(APT_NUM).longValue(aptNum); ... }
  MethodSpec writeFields(List<JsonMember> members) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(JavaNames.WRITE_FIELDS)
        .addJavadoc("Writes the fields of this object into the object being written; absent ($L) values are $L.\n",
            "{@code null}", members.stream().anyMatch(JsonMember::nullOnWire)
                ? "written as JSON null\n(derived ones left out)" : "left out")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(WireCode.WIRE_WRITER, JavaNames.WRITER);
    Identifiers constants = nameConstantsOf(members);
    for (JsonMember member : written(members)) {
      CodeBlock name = CodeBlock.of("$N", constants.of(member.wireName()));
      CodeBlock value = CodeBlock.of("$N", member.identifier());
      CodeBlock write = wire.writeField(member.type(), member.wireAs(), name, value);
      if (member.nullOnWire()) {
        method.addCode(wire.writeFieldOrNull(name, value, write));
      } else if (member.nullable()) {
        method.beginControlFlow("if ($N != null)", member.identifier()).addCode(write).endControlFlow();
      } else {
        method.addCode(write);
      }
    }
    return method.build();
  }

  // emits: public static Appointment fromJson(WireReader in) { return new Appointment(in.getLong("AptNum", 0L), ...); }
  MethodSpec fromJson(ClassName type, List<JsonMember> members) {
    List<CodeBlock> arguments = members.stream().map(this::read).toList();
    String doc = members.stream().anyMatch(JsonMember::nullOnWire)
        ? "Reads an object as the API writes it. Absent and null fields are {@code null} (an absent id is 0);\n"
            + "a value of the wrong form throws {@code WireFormatException} naming it.\n"
        : "Reads an object as the API writes it. Absent fields get blank values (0, \"\", no date), absent\n"
            + "optional ones {@code null}; a value of the wrong form throws {@code WireFormatException} naming it.\n";
    doc += "Fields this spec does not have are ignored, and an enum member it does not have reads as an\n"
        + "unrecognized value, so a newer server's answers read.\n";
    return MethodSpec.methodBuilder(JavaNames.FROM_JSON)
        .addJavadoc("$L", doc)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addParameter(WireCode.WIRE_READER, JavaNames.READER)
        .addStatement("return new $T(\n$L)", type, CodeBlock.join(arguments, ",\n"))
        .build();
  }

  private CodeBlock read(JsonMember member) {
    if (member.internal()) {
      // a body or an answer that carries the key does not set it: the column is the server's alone
      return member.nullable() ? CodeBlock.of("null") : values.blank(member.type());
    }
    if (member.nullable()) {
      return CodeBlock.of("$L.has($S) ? $L : null",
          JavaNames.READER, member.wireName(), wire.read(member.type(), member.wireAs(), member.wireName()));
    }
    return wire.readOr(member.type(), member.wireAs(), member.wireName(), values.blank(member.type()));
  }
}
