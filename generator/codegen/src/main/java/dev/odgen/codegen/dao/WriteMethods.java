package dev.odgen.codegen.dao;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.entity.PatchFields;
import dev.odgen.codegen.naming.Identifiers;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.spec.model.Auto;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The writing side of a DAO: insert (of a whole row, or of a patch over the spec's defaults), a partial
 * update of the fields a patch sets, and delete. The id and timestamp columns are the database's; automatic
 * insert dates are the clock's.
 */
final class WriteMethods {

  private final DaoPlan plan;
  private final EmitContext ctx;
  private final ColumnCode columns;
  private final Identifiers fields;
  private final ClassName entity;

  WriteMethods(DaoPlan plan, EmitContext ctx) {
    this.plan = plan;
    this.ctx = ctx;
    this.columns = new ColumnCode(ctx);
    this.fields = ctx.names().fields(plan.resource());
    this.entity = ctx.names().entity(plan.resource());
  }

  List<FieldSpec> constants() {
    List<String> names = insertedFields().stream().map(f -> Sql.quote(DaoPlan.column(f))).toList();
    String insert = "INSERT INTO " + Sql.quote(plan.table()) + " (" + String.join(", ", names) + ") VALUES ("
        + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
    String delete = "DELETE FROM " + Sql.quote(plan.table()) + " WHERE " + Sql.quote(DaoPlan.column(plan.id())) + " = ?";
    return List.of(
        constant("INSERT", Sql.literal(insert)),
        constant("DELETE", CodeBlock.of("$S", delete)));
  }

  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(insertRow());
    if (hasPatch()) {
      methods.add(insertPatch());
      methods.add(update());
    }
    methods.add(delete());
    return methods;
  }

  // emits: public long insert(Patient row) { LocalDateTime now = now(); return db.insert(INSERT, Arrays.<Object>asList(...)); }
  private MethodSpec insertRow() {
    List<CodeBlock> values = new ArrayList<>();
    boolean usesNow = false;
    for (Field field : insertedFields()) {
      CodeBlock value = CodeBlock.of("row.$N()", fields.of(field.name()));
      if (isAutoDate(field)) {
        usesNow = true;
        CodeBlock now = field.kind() == FieldType.DATE ? CodeBlock.of("now.toLocalDate()") : CodeBlock.of("now");
        values.add(CodeBlock.of("$L != null ? $L : $L", value, value, now));
      } else {
        values.add(columns.bind(field, value));
      }
    }
    MethodSpec.Builder method = MethodSpec.methodBuilder(JavaNames.INSERT)
        .addJavadoc("Inserts {@code row} and returns its new $L. The id and timestamp columns are the database's;\n"
            + "automatic insert dates left blank are now.\n", plan.id().name())
        .addModifiers(Modifier.PUBLIC)
        .returns(long.class)
        .addParameter(entity, "row");
    if (usesNow) {
      method.addStatement("$T now = now()", LocalDateTime.class);
    }
    return method.addStatement("return $N.insert(INSERT, $T.<Object>asList(\n$>$>$L$<$<))", DaoEmitter.DB, Arrays.class,
            CodeBlock.join(values, ",\n"))
        .build();
  }

  // emits: public long insert(PatientPatch patch) { return insert(patch.applyTo(Patient.defaults())); }
  private MethodSpec insertPatch() {
    return MethodSpec.methodBuilder(JavaNames.INSERT)
        .addJavadoc("Inserts a row of the spec's defaults with the fields {@code patch} sets, and returns its new $L.\n",
            plan.id().name())
        .addModifiers(Modifier.PUBLIC)
        .returns(long.class)
        .addParameter(ctx.names().patch(plan.resource()), "patch")
        .addStatement("return $N(patch.$N($T.$N()))", JavaNames.INSERT, JavaNames.APPLY_TO, entity, JavaNames.DEFAULTS)
        .build();
  }

  // emits: public boolean update(long id, PatientPatch patch) { ... SET only the present fields ... }
  private MethodSpec update() {
    List<Field> updatable = PatchFields.of(plan.resource()).stream()
        .filter(ColumnCode::written)
        .filter(f -> f.auto() != Auto.INSERT)
        .toList();
    MethodSpec.Builder method = MethodSpec.methodBuilder(JavaNames.UPDATE)
        .addJavadoc("Sets the columns {@code patch} sets on the row with this $L, leaving every other column as it\n"
            + "is (the id, timestamps and insert-only dates are never changed); false when there is no such row.\n",
            plan.id().name())
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(long.class, "id")
        .addParameter(ctx.names().patch(plan.resource()), "patch")
        .addStatement("$T assignments = new $T<>()", ParameterizedTypeName.get(List.class, String.class), ArrayList.class)
        .addStatement("$T params = new $T<>()", ParameterizedTypeName.get(List.class, Object.class), ArrayList.class);
    for (Field field : updatable) {
      method.beginControlFlow("if (patch.$N($S))", JavaNames.HAS, field.name())
          .addStatement("assignments.add($S)", Sql.quote(DaoPlan.column(field)) + " = ?")
          .addStatement("params.add($L)", columns.bind(field, CodeBlock.of("patch.$N()", fields.of(field.name()))))
          .endControlFlow();
    }
    return method
        .beginControlFlow("if (assignments.isEmpty())")
        .addStatement("return $N(id)", JavaNames.EXISTS)
        .endControlFlow()
        .addStatement("params.add(id)")
        .addStatement("$T sql = $S + String.join($S, assignments)\n$>$>+ $S$<$<", String.class,
            "UPDATE " + Sql.quote(plan.table()) + " SET ", ", ", " WHERE " + Sql.quote(DaoPlan.column(plan.id())) + " = ?")
        .addStatement("return $N.update(sql, params) > 0", DaoEmitter.DB)
        .build();
  }

  // emits: public boolean delete(long id) { return db.update(DELETE, List.of(id)) > 0; }
  private MethodSpec delete() {
    return MethodSpec.methodBuilder(JavaNames.DELETE)
        .addJavadoc("Deletes the row with this $L; false when there is no such row.\n", plan.id().name())
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(long.class, "id")
        .addStatement("return $N.update(DELETE, $T.of(id)) > 0", DaoEmitter.DB, List.class)
        .build();
  }

  private List<Field> insertedFields() {
    return plan.columns().stream().filter(ColumnCode::written).toList();
  }

  private boolean hasPatch() {
    return !PatchFields.of(plan.resource()).isEmpty();
  }

  private static boolean isAutoDate(Field field) {
    return field.auto() != Auto.NONE
        && (field.kind() == FieldType.DATE || field.kind() == FieldType.DATE_TIME);
  }

  private static FieldSpec constant(String name, CodeBlock value) {
    return FieldSpec.builder(String.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(value)
        .build();
  }
}
