package dev.odgen.codegen.entity;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.emit.Docs;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.JavaEmitter;
import dev.odgen.codegen.emit.WireCode;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.runtime.wire.WireFormatException;
import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The partial-update form of a resource: the fields its create and update bodies may set, and which of
 * them a body did set. The server reads POST and PUT bodies into it; the client builds it fluently and
 * writes it as a body:
 *
 * <pre>
 * public record AppointmentPatch(Set&lt;String&gt; present, long patNum, ApptStatus aptStatus, String note) {
 *   public boolean has(String wireName) { ... }
 *   public List&lt;String&gt; presentFields() { ... }
 *   public List&lt;String&gt; missingForCreate() { ... }
 *   public List&lt;String&gt; missingForUpdate() { ... }
 *   public static AppointmentPatch fromCreateJson(WireReader in) { ... }
 *   public void writeCreateJson(WireWriter out) { ... }
 *   public static AppointmentPatch fromUpdateJson(WireReader in) { ... }
 *   public void writeUpdateJson(WireWriter out) { ... }
 *   public Appointment applyTo(Appointment row) { ... }
 *   public static Builder builder() { ... }
 * }
 * </pre>
 *
 * <p>Presence is kept apart from the values because a present value may be blank: {@code "0001-01-01"}
 * clears a date, and reads as {@code null}; with {@code blanks: null}, JSON null clears an optional field.
 */
public final class PatchEmitter extends JavaEmitter<Resource> {

  private static final TypeName STRING_SET = ParameterizedTypeName.get(Set.class, String.class);
  private static final ClassName WIRE_FORMAT_EXCEPTION = ClassName.get(WireFormatException.class);
  private static final TypeName STRING_LIST = ParameterizedTypeName.get(List.class, String.class);

  @Override
  public ArtifactKind kind() {
    return ArtifactKind.ENTITIES;
  }

  @Override
  protected List<Resource> inputs(EmitContext ctx) {
    return ctx.resources().stream().filter(resource -> !PatchFields.of(resource).isEmpty()).toList();
  }

  @Override
  protected String packageName(EmitContext ctx) {
    return ctx.names().entityPackage();
  }

  @Override
  protected String source(Resource resource, EmitContext ctx) {
    return resource.location().path();
  }

  @Override
  protected List<TypeSpec.Builder> types(Resource resource, EmitContext ctx) {
    ClassName name = ctx.names().patch(resource);
    List<Field> fields = PatchFields.of(resource);
    List<JsonMember> members = fields.stream().map(f -> member(f, resource, ctx)).toList();
    List<RecordShape.Component> components = new ArrayList<>();
    components.add(new RecordShape.Component(JavaNames.PRESENT, STRING_SET,
        "the wire names of the fields this patch sets",
        CodeBlock.of("$N = $T.copyOf($N)", JavaNames.PRESENT, Set.class, JavaNames.PRESENT)));
    for (int i = 0; i < members.size(); i++) {
      JsonMember member = members.get(i);
      components.add(RecordShape.component(member,
          RecordShape.doc(member.wireName(), EntityEmitter.byNameDetail(fields.get(i)), "")));
    }
    TypeSpec.Builder type = RecordShape.record(name, javadoc(resource), components)
        .addField(fieldNames(fields))
        .addMethod(has())
        .addMethod(presentFields());
    Optional<Operation> create = resource.operation(OperationKind.CREATE).filter(op -> !op.body().isEmpty());
    Optional<Operation> update = resource.operation(OperationKind.UPDATE).filter(op -> !op.body().isEmpty());
    PatchJson json = new PatchJson(resource, name, ctx);
    create.ifPresent(op -> type
        .addMethod(missing(JavaNames.MISSING_FOR_CREATE, "a create", op, resource, ctx))
        .addMethod(json.read(JavaNames.FROM_CREATE_JSON, "a POST (create) body", op))
        .addMethod(json.write(JavaNames.WRITE_CREATE_JSON, "the POST (create) body", op)));
    update.ifPresent(op -> type
        .addMethod(missing(JavaNames.MISSING_FOR_UPDATE, "an update", op, resource, ctx))
        .addMethod(json.read(JavaNames.FROM_UPDATE_JSON, "a PUT (update) body", op))
        .addMethod(json.write(JavaNames.WRITE_UPDATE_JSON, "the PUT (update) body", op)));
    return List.of(type
        .addMethod(applyTo(resource, fields, ctx))
        .addMethod(MethodSpec.methodBuilder(JavaNames.BUILDER)
            .addJavadoc("An empty patch to fill in.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name.nestedClass("Builder"))
            .addStatement("return new Builder()")
            .build())
        .addType(PatchBuilder.of(name, members, ctx))
        );
  }

  private static JsonMember member(Field field, Resource resource, EmitContext ctx) {
    return new JsonMember(field.name(), ctx.names().fields(resource).of(field.name()), field.wireType(), field.wireAs(),
        field.nullable(), field.nullable() ? ctx.types().nullable(field.wireType()) : ctx.types().of(field.wireType()),
        field.nullable(),
        field.versionAdded().map(v -> Docs.text(Docs.product(ctx.model().api())) + " " + Docs.text(v)).orElse(""),
        false);
  }

  private static String javadoc(Resource resource) {
    return "The fields of a " + resource.entityName() + " that a create or update body sets, and which ones it set.\n"
        + "Values of fields not in {@link #present()} mean nothing.";
  }

  // emits: private static final List<String> FIELDS = List.of("PatNum", "AptStatus", "Note");
  private static FieldSpec fieldNames(List<Field> fields) {
    CodeBlock names = fields.stream().map(f -> CodeBlock.of("$S", f.name())).collect(CodeBlock.joining(",$W"));
    return FieldSpec.builder(STRING_LIST, "FIELDS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", List.class, names)
        .build();
  }

  // emits: public boolean has(String wireName) { return present.contains(wireName); }
  private static MethodSpec has() {
    return MethodSpec.methodBuilder(JavaNames.HAS)
        .addJavadoc("Whether this patch sets the field with this wire name.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(String.class, "wireName")
        .addStatement("return $N.contains(wireName)", JavaNames.PRESENT)
        .build();
  }

  // emits: public List<String> presentFields() { return FIELDS.stream().filter(present::contains).toList(); }
  private static MethodSpec presentFields() {
    return MethodSpec.methodBuilder(JavaNames.PRESENT_FIELDS)
        .addJavadoc("The wire names of the fields this patch sets, in wire order.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(STRING_LIST)
        .addStatement("return FIELDS.stream().filter($N::contains).toList()", JavaNames.PRESENT)
        .build();
  }

  // emits: public List<String> missingForCreate() { List<String> missing = ...; if (!has("PatNum")) missing.add("PatNum"); ... }
  // a required date given blank ("", "0001-01-01") reads as null and counts as missing: it names no date
  private static MethodSpec missing(String methodName, String what, Operation operation, Resource resource,
      EmitContext ctx) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(methodName)
        .addJavadoc("The body names of the fields $L requires that this patch does not set (a required date set to"
            + " the blank date counts as not set), in body order.\n", what)
        .addModifiers(Modifier.PUBLIC)
        .returns(STRING_LIST);
    List<BodyField> required = operation.body().stream().filter(BodyField::required).toList();
    if (required.isEmpty()) {
      return method.addStatement("return $T.of()", List.class).build();
    }
    var identifiers = ctx.names().fields(resource);
    method.addStatement("$T missing = new $T<>()", STRING_LIST, ArrayList.class);
    for (BodyField body : required) {
      Field field = PatchFields.field(resource, body);
      if (field.kind() == FieldType.DATE || field.kind() == FieldType.DATE_TIME) {
        method.beginControlFlow("if (!$L($S) || $N == null)", JavaNames.HAS, field.name(), identifiers.of(field.name()));
      } else {
        method.beginControlFlow("if (!$L($S))", JavaNames.HAS, field.name());
      }
      method.addStatement("missing.add($S)", body.name()).endControlFlow();
    }
    return method.addStatement("return $T.copyOf(missing)", List.class).build();
  }

  // emits: public Appointment applyTo(Appointment row) { return new Appointment(row.aptNum(), has("PatNum") ? patNum : row.patNum(), ...); }
  private static MethodSpec applyTo(Resource resource, List<Field> fields, EmitContext ctx) {
    ClassName entity = ctx.names().entity(resource);
    var identifiers = ctx.names().fields(resource);
    Set<String> patched = new LinkedHashSet<>();
    fields.forEach(f -> patched.add(f.name()));
    List<CodeBlock> values = new ArrayList<>();
    for (Field field : resource.fields()) {
      String id = identifiers.of(field.name());
      values.add(patched.contains(field.name())
          ? CodeBlock.of("$L($S) ? $N : $N.$N()", JavaNames.HAS, field.name(), id, JavaNames.ROW, id)
          : CodeBlock.of("$N.$N()", JavaNames.ROW, id));
    }
    return MethodSpec.methodBuilder(JavaNames.APPLY_TO)
        .addJavadoc("{@code row} with the fields this patch sets replaced; everything else, derived values too, kept.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(entity)
        .addParameter(entity, JavaNames.ROW)
        .addStatement("return new $T(\n$L)", entity, CodeBlock.join(values, ",\n"))
        .build();
  }

  /** Reads and writes one operation's body, under that operation's body names. */
  private static final class PatchJson {
    private final Resource resource;
    private final ClassName name;
    private final EmitContext ctx;
    private final WireCode wire;

    PatchJson(Resource resource, ClassName name, EmitContext ctx) {
      this.resource = resource;
      this.name = name;
      this.ctx = ctx;
      this.wire = ctx.wire();
    }

    // emits: public static AppointmentPatch fromCreateJson(WireReader in) { Builder builder = builder(); if (in.has("PatNum")) { builder.patNum(in.getLong("PatNum")); } ... }
    MethodSpec read(String methodName, String what, Operation operation) {
      MethodSpec.Builder method = MethodSpec.methodBuilder(methodName)
          .addJavadoc("Reads $L: the fields it may set, under their body names; other names are ignored.\n"
              + "Values are checked against their columns (length, range) before anything reaches the database.\n", what)
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(name)
          .addParameter(WireCode.WIRE_READER, JavaNames.READER)
          .addStatement("Builder builder = $L()", JavaNames.BUILDER);
      for (BodyField body : operation.body()) {
        Field field = PatchFields.field(resource, body);
        String setter = ctx.names().fields(resource).of(field.name());
        // a name is looked up (and its length checked by that) when the DAO writes it; a number there is the id
        CodeBlock value = field.travelsByName()
            ? CodeBlock.of("$L.getNameOrId($S)", JavaNames.READER, body.name())
            : wire.checked(field.type(), field.signed(), body.name(),
                wire.read(field.type(), body.wireAs(field), body.name()));
        method.beginControlFlow("if ($L.has($S))", JavaNames.READER, body.name())
            .addStatement("builder.$N($L)", setter, value);
        if (field.nullable() && !body.required()) {
          // JSON null clears an optional field; a required one given as null is missing, and a field every row
          // must have (required on create) cannot be cleared later
          method.nextControlFlow("else if ($L.isNull($S))", JavaNames.READER, body.name());
          if (field.requiredOnCreate()) {
            method.addStatement("throw new $T($S, $S)", WIRE_FORMAT_EXCEPTION, body.name(),
                body.name() + ": null is not allowed; every " + resource.entityName() + " has one");
          } else {
            method.addStatement("builder.$N(null)", setter);
          }
        }
        method.endControlFlow();
      }
      return method.addStatement("return builder.build()").build();
    }

    // emits: public void writeCreateJson(WireWriter out) { out.startObject(); if (has("PatNum")) { out.writeLong("PatNum", patNum); } ... }
    MethodSpec write(String methodName, String what, Operation operation) {
      MethodSpec.Builder method = MethodSpec.methodBuilder(methodName)
          .addJavadoc("Writes $L: the fields this patch sets that the operation takes, under their body names.\n", what)
          .addModifiers(Modifier.PUBLIC)
          .addParameter(WireCode.WIRE_WRITER, JavaNames.WRITER)
          .addStatement("$L.startObject()", JavaNames.WRITER);
      for (BodyField body : operation.body()) {
        Field field = PatchFields.field(resource, body);
        String id = ctx.names().fields(resource).of(field.name());
        CodeBlock write = wire.write(field.wireType(), body.wireAs(field), body.name(), CodeBlock.of("$N", id));
        method.beginControlFlow("if ($L($S))", JavaNames.HAS, field.name())
            .addCode(field.nullable() ? wire.writeOrNull(body.name(), CodeBlock.of("$N", id), write) : write)
            .endControlFlow();
      }
      return method.addStatement("$L.endObject()", JavaNames.WRITER).build();
    }
  }
}
