package dev.odgen.codegen.dao;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.JavaEmitter;
import dev.odgen.spec.model.Resource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A DAO per resource with a table, plus its filter record and hooks interface when it has them:
 *
 * <pre>
 * public final class PatientDao {
 *   public PatientDao(Db db) { ... }
 *   public PatientDao(Db db, Clock clock, PatientHooks hooks) { ... }
 *   public Optional&lt;Patient&gt; findById(long id) { ... }
 *   public List&lt;Patient&gt; list(PatientFilter filter, long offset, int limit) { ... }
 *   public long insert(Patient row) { ... }
 *   public long insert(PatientPatch patch) { ... }
 *   public boolean update(long id, PatientPatch patch) { ... }
 *   public boolean delete(long id) { ... }
 *   public boolean exists(long id) { ... }
 * }
 * </pre>
 */
public final class DaoEmitter extends JavaEmitter<Resource> {

  static final String DB = "db";
  static final String CLOCK = "clock";
  static final String HOOKS = "hooks";

  @Override
  public ArtifactKind kind() {
    return ArtifactKind.DAOS;
  }

  @Override
  protected List<Resource> inputs(EmitContext ctx) {
    return ctx.resources().stream().filter(Resource::hasTable).filter(r -> r.id().isPresent()).toList();
  }

  @Override
  protected String packageName(EmitContext ctx) {
    return ctx.names().daoPackage();
  }

  @Override
  protected String source(Resource resource, EmitContext ctx) {
    return resource.location().path();
  }

  @Override
  protected List<TypeSpec.Builder> types(Resource resource, EmitContext ctx) {
    DaoPlan plan = DaoPlan.of(resource, ctx);
    List<TypeSpec.Builder> types = new ArrayList<>();
    types.add(dao(plan, ctx));
    FilterTypes filterTypes = new FilterTypes(plan, ctx);
    if (!plan.filters().isEmpty()) {
      types.add(filterTypes.filterRecord());
    }
    if (plan.hasHooks()) {
      types.add(filterTypes.hooksInterface());
    }
    return types;
  }

  /** Whether the DAO of {@code resource} takes application hooks (for custom filters or custom derived fields). */
  public static boolean hasHooks(Resource resource, EmitContext ctx) {
    return DaoPlan.of(resource, ctx).hasHooks();
  }

  private static TypeSpec.Builder dao(DaoPlan plan, EmitContext ctx) {
    ClassName name = ctx.names().dao(plan.resource());
    ReadMethods reads = new ReadMethods(plan, ctx);
    WriteMethods writes = new WriteMethods(plan, ctx);
    NameIds nameIds = new NameIds(plan, ctx);
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Reads and writes table {@code $L} (resource $L) through prepared statements, mapping rows to\n"
            + "{@link $T} explicitly; derived fields are computed in the same query where SQL can.\n",
            plan.table(), plan.resource().name(), ctx.names().entity(plan.resource()));
    reads.constants().forEach(type::addField);
    writes.constants().forEach(type::addField);
    nameIds.constants().forEach(type::addField);
    type.addField(FieldSpec.builder(ColumnCode.DB, DB, Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(Clock.class, CLOCK, Modifier.PRIVATE, Modifier.FINAL).build());
    if (plan.hasHooks()) {
      type.addField(FieldSpec.builder(ctx.names().hooks(plan.resource()), HOOKS, Modifier.PRIVATE, Modifier.FINAL).build());
    }
    return type
        .addMethod(shortConstructor(plan, ctx))
        .addMethod(constructor(plan, ctx))
        .addMethods(reads.publicMethods())
        .addMethods(writes.methods())
        .addMethods(ReferenceCounts.methods(plan, ctx))
        .addMethods(reads.privateMethods())
        .addMethods(nameIds.methods());
  }

  // emits: public PatientDao(Db db) { this(db, Clock.systemDefaultZone(), PatientHooks.NONE); }
  private static MethodSpec shortConstructor(DaoPlan plan, EmitContext ctx) {
    MethodSpec.Builder method = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addParameter(ColumnCode.DB, DB);
    if (plan.hasHooks()) {
      return method.addJavadoc("A DAO over {@code db} with the system clock and no hooks (custom filters are refused).\n")
          .addStatement("this($N, $T.systemDefaultZone(), $T.NONE)", DB, Clock.class, ctx.names().hooks(plan.resource()))
          .build();
    }
    return method.addJavadoc("A DAO over {@code db} with the system clock.\n")
        .addStatement("this($N, $T.systemDefaultZone())", DB, Clock.class)
        .build();
  }

  // emits: public PatientDao(Db db, Clock clock, PatientHooks hooks) { this.db = db; ... }
  private static MethodSpec constructor(DaoPlan plan, EmitContext ctx) {
    MethodSpec.Builder method = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("A DAO over {@code db}.\n\n@param $N the clock of automatic dates and of the server time\n", CLOCK)
        .addParameter(ColumnCode.DB, DB)
        .addParameter(Clock.class, CLOCK)
        .addStatement("this.$N = $N", DB, DB)
        .addStatement("this.$N = $N", CLOCK, CLOCK);
    if (plan.hasHooks()) {
      method.addJavadoc("@param $N the application's code for custom filters and derived fields\n", HOOKS)
          .addParameter(ctx.names().hooks(plan.resource()), HOOKS)
          .addStatement("this.$N = $N", HOOKS, HOOKS);
    }
    return method.build();
  }
}
