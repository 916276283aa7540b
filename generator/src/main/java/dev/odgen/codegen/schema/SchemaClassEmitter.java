package dev.odgen.codegen.schema;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.JavaEmitter;
import dev.odgen.codegen.naming.Identifiers;
import dev.odgen.spec.model.Resource;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The schema as Java, so a server can create its tables at start without reading files:
 *
 * <pre>
 * public final class OpenDentalSchema {
 *   public static final String APPOINTMENT = "CREATE TABLE IF NOT EXISTS `appointment` (\n"
 *       + "  `AptNum` bigint NOT NULL auto_increment PRIMARY KEY,\n" + ...;
 *   public static final List&lt;String&gt; TABLES = List.of("appointment", ...);
 *   public static final List&lt;String&gt; CREATE_TABLES = List.of(APPOINTMENT, ...);
 * }
 * </pre>
 */
public final class SchemaClassEmitter extends JavaEmitter<EmitContext> {

  private static final TypeName STRING_LIST = ParameterizedTypeName.get(List.class, String.class);

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
    TypeSpec.Builder type = TypeSpec.classBuilder(ctx.names().schema())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("CREATE TABLE statements of the $L API, one per table in table-name order: MariaDB/MySQL,\n"
            + "and H2 in MySQL mode. Every statement is {@code CREATE TABLE IF NOT EXISTS}, so running them all\n"
            + "again is harmless.\n", ctx.model().api().name());
    Identifiers constants = ctx.names().tableConstants(tables);
    tables.forEach(resource -> type.addField(statement(resource, constants.of(resource.name()), ctx)));
    type.addField(tableNames(tables));
    type.addField(createTables(tables, constants));
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    return List.of(type);
  }

  // emits: public static final String APPOINTMENT = "CREATE TABLE IF NOT EXISTS `appointment` (\n" + ...;
  private static FieldSpec statement(Resource resource, String constant, EmitContext ctx) {
    String table = resource.table().orElseThrow();
    List<String> lines = CreateTable.of(resource, ctx.model()).lines().toList();
    CodeBlock.Builder text = CodeBlock.builder();
    for (int i = 0; i < lines.size(); i++) {
      boolean last = i == lines.size() - 1;
      text.add(i == 0 ? "$S" : "\n+ $S", last ? lines.get(i) : lines.get(i) + "\n");
    }
    return FieldSpec.builder(String.class, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Creates {@code $L} (resource $L).\n", table, resource.name())
        .initializer(text.build())
        .build();
  }

  // emits: public static final List<String> TABLES = List.of("adjustment", "appointment", ...);
  private static FieldSpec tableNames(List<Resource> tables) {
    CodeBlock names = listOf(tables.stream().map(resource -> CodeBlock.of("$S", resource.table().orElseThrow())).toList());
    return FieldSpec.builder(STRING_LIST, "TABLES", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The table names, in the order of {@link #CREATE_TABLES}.\n")
        .initializer(names)
        .build();
  }

  // emits: public static final List<String> CREATE_TABLES = List.of(ADJUSTMENT, APPOINTMENT, ...);
  private static FieldSpec createTables(List<Resource> tables, Identifiers constants) {
    CodeBlock statements = listOf(tables.stream().map(resource -> CodeBlock.of("$N", constants.of(resource.name()))).toList());
    return FieldSpec.builder(STRING_LIST, "CREATE_TABLES", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Every CREATE TABLE statement, in table-name order.\n")
        .initializer(statements)
        .build();
  }

  // emits: List.of(
  //            a,
  //            b)
  private static CodeBlock listOf(List<CodeBlock> items) {
    return CodeBlock.builder()
        .add("$T.of(\n$>$>", ClassName.get(List.class))
        .add(CodeBlock.join(items, ",\n"))
        .add("$<$<)")
        .build();
  }
}
