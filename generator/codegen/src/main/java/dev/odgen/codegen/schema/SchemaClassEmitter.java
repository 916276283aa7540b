package dev.odgen.codegen.schema;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.JavaEmitter;
import dev.odgen.codegen.naming.Identifiers;
import dev.odgen.runtime.schema.Column;
import dev.odgen.runtime.schema.ColumnType;
import dev.odgen.runtime.schema.TableDef;
import dev.odgen.spec.model.ApiInfo.Blanks;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Resource;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The schema as Java: a runtime {@code TableDef} per table, which the server's {@code SchemaManager} creates
 * when missing and checks when present:
 *
 * <pre>
 * public final class OpenDentalSchema {
 *   public static final TableDef APPOINTMENT = TableDef.of("appointment",
 *       Column.id("AptNum"),
 *       Column.ref("PatNum"),
 *       Column.of("AptStatus", ColumnType.ENUM_ORDINAL),
 *       Column.string("Pattern", 255));
 *   public static final List&lt;TableDef&gt; TABLES = List.of(APPOINTMENT, ...);
 * }
 * </pre>
 */
public final class SchemaClassEmitter extends JavaEmitter<EmitContext> {

  private static final ClassName TABLE_DEF = ClassName.get(TableDef.class);
  private static final ClassName COLUMN = ClassName.get(Column.class);
  private static final ClassName COLUMN_TYPE = ClassName.get(ColumnType.class);

  @Override
  public ArtifactKind kind() {
    return ArtifactKind.SCHEMA;
  }

  @Override
  protected List<EmitContext> inputs(EmitContext ctx) {
    return Tables.of(ctx).isEmpty() ? List.of() : List.of(ctx);
  }

  @Override
  protected String packageName(EmitContext ctx) {
    return ctx.names().schemaPackage();
  }

  @Override
  protected String source(EmitContext input, EmitContext ctx) {
    return ctx.specLabel();
  }

  @Override
  protected List<TypeSpec.Builder> types(EmitContext input, EmitContext ctx) {
    List<Resource> tables = Tables.of(ctx);
    Identifiers constants = ctx.names().tableConstants(tables);
    TypeSpec.Builder type = TypeSpec.classBuilder(ctx.names().schema())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The tables of the $L API, $L\n"
            + "references indexed$L. Give {@link #TABLES} to the runtime's {@code SchemaManager}.\n",
            ctx.model().api().name(),
            ctx.model().api().blanks() == Blanks.NULL
                ? "with columns that hold NULL for an absent value,"
                : "shaped like Open Dental's: every column NOT NULL with a blank default,",
            tables.stream().anyMatch(r -> r.columns().stream().anyMatch(Field::foreignKey))
                ? " and kept to the rows they name by FOREIGN KEY constraints" : "");
    tables.forEach(resource -> type.addField(table(resource, constants.of(resource.name()), ctx)));
    return List.of(type
        .addField(allTables(tables, constants))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build()));
  }

  // emits: public static final TableDef APPOINTMENT = TableDef.of("appointment", Column.id("AptNum"), ...);
  private static FieldSpec table(Resource resource, String constant, EmitContext ctx) {
    String table = resource.table().orElseThrow();
    List<CodeBlock> columns = TableDefs.of(resource, ctx.model(), ctx.resources()::contains).columns().stream()
        .map(SchemaClassEmitter::column)
        .toList();
    return FieldSpec.builder(TABLE_DEF, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Table {@code $L} (resource $L).\n", table, resource.name())
        .initializer("$T.of($S,\n$>$>$L$<$<)", TABLE_DEF, table, CodeBlock.join(columns, ",\n"))
        .build();
  }

  // emits: Column.id("AptNum"), Column.ref("PatNum") (indexed), Column.string("LName", 100), Column.of("Note", ColumnType.TEXT),
  // and Column.ref("AuthorId").asNullable().referencing("author", "AuthorId") with null blanks and a FOREIGN KEY
  private static CodeBlock column(Column column) {
    CodeBlock.Builder code = CodeBlock.builder().add(typed(column));
    if (column.nullable()) {
      code.add(".asNullable()");
    }
    if (column.references() != null) {
      code.add(".referencing($S, $S)", column.references().table(), column.references().column());
    }
    return code.build();
  }

  private static CodeBlock typed(Column column) {
    return switch (column.type()) {
      case ID -> CodeBlock.of("$T.id($S)", COLUMN, column.name());
      case REF -> CodeBlock.of("$T.ref($S)", COLUMN, column.name());
      case STRING -> CodeBlock.of("$T.string($S, $L)", COLUMN, column.name(), column.length());
      default -> CodeBlock.of("$T.of($S, $T.$L)", COLUMN, column.name(), COLUMN_TYPE, column.type());
    };
  }

  // emits: public static final List<TableDef> TABLES = List.of(ADJUSTMENT, APPOINTMENT, ...);
  private static FieldSpec allTables(List<Resource> tables, Identifiers constants) {
    List<CodeBlock> names = tables.stream().map(r -> CodeBlock.of("$N", constants.of(r.name()))).toList();
    return FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), TABLE_DEF), "TABLES",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Every table, in table-name order.\n")
        .initializer("$T.of(\n$>$>$L$<$<)", List.class, CodeBlock.join(names, ",\n"))
        .build();
  }
}
