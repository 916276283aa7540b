package dev.odgen.codegen.dao;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.naming.Identifiers;
import dev.odgen.spec.model.Derivation;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.TypeRef;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The second pass over a page of rows, for derived fields one row cannot give: a {@code collect} runs one
 * query for all ids of the page (never one per row), and a {@code custom} field asks the application's hooks
 * once for the page. Rows are rebuilt with the values; a custom value the hooks do not give stays absent.
 *
 * <pre>
 * private List&lt;Appointment&gt; complete(List&lt;Appointment&gt; rows) {
 *   List&lt;Long&gt; ids = rows.stream().map(Appointment::aptNum).toList();
 *   Map&lt;Long, String&gt; procCodes = collectProcCodes(ids);
 *   Map&lt;Long, String&gt; confirmedText = hooks.deriveConfirmedText(rows);
 *   ...
 * }
 * </pre>
 */
final class LateFields {

  static final String COMPLETE = "complete";

  private final DaoPlan plan;
  private final EmitContext ctx;
  private final ClassName entity;
  private final Identifiers fields;

  LateFields(DaoPlan plan, EmitContext ctx) {
    this.plan = plan;
    this.ctx = ctx;
    this.entity = ctx.names().entity(plan.resource());
    this.fields = ctx.names().fields(plan.resource());
  }

  List<FieldSpec> constants() {
    List<FieldSpec> constants = new ArrayList<>();
    for (Field field : plan.collects()) {
      Derivation.Collect collect = collect(field);
      Resource source = source(collect);
      String sql = "SELECT " + Sql.quote(matchColumn(collect)) + ", " + Sql.quote(takeColumn(collect)) + " FROM "
          + Sql.quote(source.table().orElseThrow());
      constants.add(FieldSpec.builder(String.class, constant(field), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$S", sql)
          .build());
    }
    return constants;
  }

  List<MethodSpec> methods() {
    if (!plan.hasLateFields()) {
      return List.of();
    }
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(complete());
    plan.collects().forEach(field -> methods.add(collectMethod(field)));
    return methods;
  }

  // emits: private List<Appointment> complete(List<Appointment> rows) { ... }
  private MethodSpec complete() {
    TypeName rowList = ParameterizedTypeName.get(ClassName.get(List.class), entity);
    NameAllocator locals = new NameAllocator();
    for (String taken : List.of("rows", "row", "ids", "completed", "id")) {
      locals.newName(taken, taken);
    }
    String idAccessor = fields.of(plan.id().name());
    MethodSpec.Builder method = MethodSpec.methodBuilder(COMPLETE)
        .addJavadoc("The rows with the derived fields that need more than their own row filled in, for the whole\n"
            + "page at once.\n")
        .addModifiers(Modifier.PRIVATE)
        .returns(rowList)
        .addParameter(rowList, "rows")
        .beginControlFlow("if (rows.isEmpty())")
        .addStatement("return rows")
        .endControlFlow();
    if (!plan.collects().isEmpty()) {
      method.addStatement("$T ids = rows.stream().map($T::$N).toList()",
          ParameterizedTypeName.get(List.class, Long.class), entity, idAccessor);
    }
    for (Field field : plan.collects()) {
      String local = locals.newName(fields.of(field.name()), field);
      method.addStatement("$T $N = $N(ids)", valuesType(field), local, collectMethodName(field));
    }
    for (Field field : plan.customs()) {
      String local = locals.newName(fields.of(field.name()), field);
      method.addStatement("$T $N = $N.$N(rows)", valuesType(field), local, DaoEmitter.HOOKS,
          ctx.names().deriveHook(field));
    }
    List<CodeBlock> arguments = new ArrayList<>();
    for (Field field : plan.resource().fields()) {
      if (plan.collects().contains(field)) {
        CodeBlock blank = field.type().list() ? CodeBlock.of("$T.of()", List.class) : CodeBlock.of("$S", "");
        arguments.add(CodeBlock.of("$N.getOrDefault(id, $L)", locals.get(field), blank));
      } else if (plan.customs().contains(field)) {
        arguments.add(CodeBlock.of("$N.get(id)", locals.get(field)));
      } else {
        arguments.add(CodeBlock.of("row.$N()", fields.of(field.name())));
      }
    }
    return method
        .addStatement("$T completed = new $T<>(rows.size())", rowList, ArrayList.class)
        .beginControlFlow("for ($T row : rows)", entity)
        .addStatement("long id = row.$N()", idAccessor)
        .addStatement("completed.add(new $T(\n$>$>$L$<$<))", entity, CodeBlock.join(arguments, ",\n"))
        .endControlFlow()
        .addStatement("return completed")
        .build();
  }

  // emits: private Map<Long, String> collectProcCodes(List<Long> ids) { ... one query ... }
  private MethodSpec collectMethod(Field field) {
    Derivation.Collect collect = collect(field);
    Field take = source(collect).field(collect.take()).orElseThrow();
    TypeName value = ctx.types().element(take.type()).box();
    ColumnCode columns = new ColumnCode(ctx);
    CodeBlock mapper = CodeBlock.of("$L -> new $T.SimpleImmutableEntry<>($L, $L)", ColumnCode.RS, AbstractMap.class,
        columns.read(TypeRef.of(FieldType.LONG), take.storeAs(), matchColumn(collect)),
        columns.read(take, takeColumn(collect)));
    String order = " ORDER BY " + Sql.quote(matchColumn(collect)) + ", "
        + Sql.quote(DaoPlan.column(source(collect).id().orElseThrow()));
    MethodSpec.Builder method = MethodSpec.methodBuilder(collectMethodName(field))
        .addJavadoc("{@code $L} of the $L rows whose {@code $L} is one of {@code ids}, by that id, in $L order.\n",
            collect.take(), collect.resource(), collect.match(), source(collect).idField().orElseThrow())
        .addModifiers(Modifier.PRIVATE)
        .returns(valuesType(field))
        .addParameter(ParameterizedTypeName.get(List.class, Long.class), "ids")
        .addStatement("$T where = new $T($N.dialect()).in($S, ids)", ColumnCode.WHERE, ColumnCode.WHERE, DaoEmitter.DB,
            matchColumn(collect))
        .addStatement("$T sql = $N + where.sql() + $S", String.class, constant(field), order)
        .addStatement("$T values = new $T<>()", valuesType(field), HashMap.class)
        .beginControlFlow("for ($T<$T, $T> entry : $N.query(sql, where.params(),\n$>$>$L)$<$<)",
            Map.Entry.class, Long.class, value, DaoEmitter.DB, mapper);
    if (take.nullable()) {
      // a NULL is no value to collect
      method.beginControlFlow("if (entry.getValue() == null)").addStatement("continue").endControlFlow();
    }
    if (field.type().list()) {
      method.addStatement("values.computeIfAbsent(entry.getKey(), key -> new $T<>()).add(entry.getValue())",
          ArrayList.class);
    } else {
      String join = collect.join().orElse(",");
      CodeBlock text = switch (take.kind()) {
        case ENUM -> CodeBlock.of("entry.getValue().wireName()");
        case STRING, TEXT -> CodeBlock.of("entry.getValue()");
        default -> CodeBlock.of("$T.valueOf(entry.getValue())", String.class);
      };
      method.addStatement("values.merge(entry.getKey(), $L, (a, b) -> a + $S + b)", text, join);
    }
    return method.endControlFlow().addStatement("return values").build();
  }

  /** {@code Map<Long, String>} for joined values, {@code Map<Long, List<Long>>} for lists, the field's type for custom. */
  private TypeName valuesType(Field field) {
    TypeName value;
    if (plan.collects().contains(field)) {
      Derivation.Collect collect = collect(field);
      Field take = source(collect).field(collect.take()).orElseThrow();
      TypeName element = ctx.types().element(take.type()).box();
      value = field.type().list() ? ParameterizedTypeName.get(ClassName.get(List.class), element) : ClassName.get(String.class);
    } else {
      value = ctx.types().nullable(field.type());
    }
    return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(Long.class), value);
  }

  private String collectMethodName(Field field) {
    String identifier = fields.of(field.name());
    return "collect" + Character.toUpperCase(identifier.charAt(0)) + identifier.substring(1);
  }

  private String constant(Field field) {
    return "COLLECT_" + ctx.names().constant(field.name());
  }

  private static Derivation.Collect collect(Field field) {
    return (Derivation.Collect) field.derived().orElseThrow();
  }

  private Resource source(Derivation.Collect collect) {
    return DaoPlan.generated(collect.resource(), ctx).orElseThrow();
  }

  private String matchColumn(Derivation.Collect collect) {
    return DaoPlan.column(source(collect).field(collect.match()).orElseThrow());
  }

  private String takeColumn(Derivation.Collect collect) {
    return DaoPlan.column(source(collect).field(collect.take()).orElseThrow());
  }
}
