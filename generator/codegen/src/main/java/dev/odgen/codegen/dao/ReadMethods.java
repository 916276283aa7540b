package dev.odgen.codegen.dao;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.naming.Identifiers;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.spec.model.Derivation;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Filter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The reading side of a DAO: {@code findById}, {@code list}, the row mapper and the second pass that
 * completes collected and custom fields for a whole page at once.
 */
final class ReadMethods {

  private static final String NOW = "now";

  private final DaoPlan plan;
  private final EmitContext ctx;
  private final SelectSql sql;
  private final ClassName entity;
  private final LateFields late;

  ReadMethods(DaoPlan plan, EmitContext ctx) {
    this.plan = plan;
    this.ctx = ctx;
    this.sql = new SelectSql(plan);
    this.entity = ctx.names().entity(plan.resource());
    this.late = new LateFields(plan, ctx);
  }

  List<FieldSpec> constants() {
    List<FieldSpec> constants = new ArrayList<>();
    constants.add(constant("SELECT", Sql.literal(sql.select())));
    constants.add(constant("FIND_BY_ID", CodeBlock.of("SELECT\n    + $L", Sql.literal(sql.byId()))));
    if (plan.hasList()) {
      constants.add(constant("PAGE_START", CodeBlock.of("SELECT + $L", Sql.literal(sql.pageStart()))));
      constants.add(constant("PAGE_ORDER", CodeBlock.of("$S", sql.pageOrder())));
      if (!sql.pageEnd().isEmpty()) {
        constants.add(constant("PAGE_END", Sql.literal(sql.pageEnd())));
      }
    }
    constants.add(constant("EXISTS", CodeBlock.of("$S", sql.exists())));
    constants.addAll(late.constants());
    return constants;
  }

  List<MethodSpec> publicMethods() {
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(findById());
    if (plan.hasList()) {
      methods.add(list());
    }
    methods.add(exists());
    return methods;
  }

  List<MethodSpec> privateMethods() {
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(read());
    methods.add(now());
    methods.addAll(late.methods());
    return methods;
  }

  // emits: public Optional<Patient> findById(long id) { LocalDateTime now = now(); return db.queryOne(FIND_BY_ID, List.of(id), rs -> read(rs, now)); }
  private MethodSpec findById() {
    MethodSpec.Builder method = MethodSpec.methodBuilder(JavaNames.FIND_BY_ID)
        .addJavadoc("The row with this $L, with its derived values; empty when there is none.\n", plan.id().name())
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), entity))
        .addParameter(long.class, "id");
    addNow(method);
    CodeBlock query = CodeBlock.of("$N.queryOne(FIND_BY_ID, $T.of(id), $L)", DaoEmitter.DB, List.class, mapper());
    if (plan.hasLateFields()) {
      return method.addStatement("return $L\n.map(row -> $N($T.of(row)).get(0))", query, LateFields.COMPLETE, List.class)
          .build();
    }
    return method.addStatement("return $L", query).build();
  }

  // emits: public List<Patient> list(PatientFilter filter, long offset, int limit) { Where where = ...; ... }
  private MethodSpec list() {
    MethodSpec.Builder method = MethodSpec.methodBuilder(JavaNames.LIST)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), entity));
    if (plan.filters().isEmpty()) {
      method.addJavadoc("One page of rows in $L order, with their derived values.\n", plan.id().name());
    } else {
      method.addJavadoc("One page of the rows that pass every filter given (null values filter nothing), in $L order,\n"
              + "with their derived values.\n", plan.id().name())
          .addParameter(ctx.names().filter(plan.resource()), "filter");
    }
    // a field filled from the caller's credential restricts the page to the caller's rows (the handler passes it)
    List<Field> callerFields = plan.resource().callerFields();
    Identifiers fieldNames = ctx.names().fields(plan.resource());
    for (Field field : callerFields) {
      method.addJavadoc("Only rows whose $L is {@code $N} ({@code null}: every caller's rows).\n", field.name(),
              fieldNames.of(field.name()))
          .addParameter(String.class, fieldNames.of(field.name()));
    }
    method.addParameter(long.class, "offset").addParameter(int.class, "limit")
        .addStatement("$T where = new $T($N.dialect())", ColumnCode.WHERE, ColumnCode.WHERE, DaoEmitter.DB);
    Identifiers filterNames = ctx.names().filterParams(plan.filters());
    FilterCode filterCode = new FilterCode(plan, ctx);
    for (Filter filter : plan.filters()) {
      method.addCode(filterCode.apply(filter, CodeBlock.of("filter.$N()", filterNames.of(filter.param()))));
    }
    for (Field field : callerFields) {
      method.addStatement("where.equalTo($S, $N)", DaoPlan.column(field), fieldNames.of(field.name()));
    }
    addNow(method);
    CodeBlock sqlText = sql.pageEnd().isEmpty()
        ? CodeBlock.of("PAGE_START + where.sql() + PAGE_ORDER + $N.dialect().limitOffset()", DaoEmitter.DB)
        : CodeBlock.of("PAGE_START + where.sql() + PAGE_ORDER + $N.dialect().limitOffset() + PAGE_END", DaoEmitter.DB);
    CodeBlock query = CodeBlock.of("$N.query($L,\n$>$>where.paramsWith(limit, offset), $L)$<$<", DaoEmitter.DB, sqlText,
        mapper());
    if (plan.hasLateFields()) {
      return method.addStatement("return $N($L)", LateFields.COMPLETE, query).build();
    }
    return method.addStatement("return $L", query).build();
  }

  // emits: public boolean exists(long id) { return db.queryOne(EXISTS, List.of(id), rs -> Boolean.TRUE).isPresent(); }
  private MethodSpec exists() {
    return MethodSpec.methodBuilder(JavaNames.EXISTS)
        .addJavadoc("Whether a row with this $L exists (for checks of references to it).\n", plan.id().name())
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(long.class, "id")
        .addStatement("return $N.queryOne(EXISTS, $T.of(id), $L -> $T.TRUE).isPresent()", DaoEmitter.DB, List.class,
            ColumnCode.RS, Boolean.class)
        .build();
  }

  // emits: private static Patient read(ResultSet rs, LocalDateTime now) throws SQLException { return new Patient(Rows.getLong(rs, 1 /* PatNum */), ...); }
  private MethodSpec read() {
    RowValues values = new RowValues(plan, ctx);
    List<CodeBlock> arguments = plan.resource().fields().stream().map(values::value).toList();
    MethodSpec.Builder method = MethodSpec.methodBuilder("read")
        .addJavadoc("The current row as an entity; fields completed later are null here.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(entity)
        .addParameter(ResultSet.class, ColumnCode.RS);
    if (usesServerTime()) {
      method.addParameter(LocalDateTime.class, NOW);
    }
    return method.addException(SQLException.class)
        .addStatement("return new $T(\n$>$>$L$<$<)", entity, CodeBlock.join(arguments, ",\n"))
        .build();
  }

  // emits: private LocalDateTime now() { return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS); }
  private MethodSpec now() {
    return MethodSpec.methodBuilder(NOW)
        .addJavadoc("The clock's time to the second, as the API writes it.\n")
        .addModifiers(Modifier.PRIVATE)
        .returns(LocalDateTime.class)
        .addStatement("return $T.now($N).truncatedTo($T.SECONDS)", LocalDateTime.class, DaoEmitter.CLOCK, ChronoUnit.class)
        .build();
  }

  private void addNow(MethodSpec.Builder method) {
    if (usesServerTime()) {
      method.addStatement("$T $N = $N()", LocalDateTime.class, NOW, NOW);
    }
  }

  private CodeBlock mapper() {
    return usesServerTime()
        ? CodeBlock.of("$L -> read($L, $N)", ColumnCode.RS, ColumnCode.RS, NOW)
        : CodeBlock.of("$T::read", ctx.names().dao(plan.resource()));
  }

  private boolean usesServerTime() {
    return plan.resource().fields().stream()
        .anyMatch(f -> f.derived().filter(d -> d instanceof Derivation.ServerTime).isPresent());
  }

  private static FieldSpec constant(String name, CodeBlock value) {
    return FieldSpec.builder(String.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(value)
        .build();
  }
}
