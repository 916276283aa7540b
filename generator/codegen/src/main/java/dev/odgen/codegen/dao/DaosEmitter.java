package dev.odgen.codegen.dao;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.JavaEmitter;
import dev.odgen.codegen.naming.Identifiers;
import dev.odgen.spec.model.Resource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Every DAO of the API over one database, with one clock and the application's hooks: the set the server facade
 * runs on and that application code (actions, set-up, demo data) shares with it.
 *
 * <pre>
 * public final class OpenDentalDaos {
 *   public static Builder builder(Db db) { ... }      // .clock(..).patientHooks(..).build()
 *   public Db db() { ... }
 *   public OpenDentalDaos over(Db other) { ... }       // the same clock and hooks, e.g. in a transaction
 *   public PatientDao patients() { ... }
 *   ...
 * }
 * </pre>
 */
public final class DaosEmitter extends JavaEmitter<EmitContext> {

  private static final String DB = "db";
  private static final String CLOCK = "clock";

  @Override
  public ArtifactKind kind() {
    return ArtifactKind.DAOS;
  }

  @Override
  protected List<EmitContext> inputs(EmitContext ctx) {
    return resources(ctx).isEmpty() ? List.of() : List.of(ctx);
  }

  @Override
  protected String packageName(EmitContext ctx) {
    return ctx.names().daoPackage();
  }

  @Override
  protected String source(EmitContext input, EmitContext ctx) {
    return ctx.specLabel();
  }

  /** The resources with a DAO, in name order: those the DAO emitter writes one for. */
  public static List<Resource> resources(EmitContext ctx) {
    return ctx.resources().stream().filter(Resource::hasTable).filter(r -> r.id().isPresent()).toList();
  }

  @Override
  protected List<TypeSpec.Builder> types(EmitContext input, EmitContext ctx) {
    List<Resource> resources = resources(ctx);
    List<Resource> hooked = resources.stream().filter(r -> DaoEmitter.hasHooks(r, ctx)).toList();
    ClassName name = ctx.names().daos();
    Identifiers accessors = ctx.names().daoAccessors(resources);
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Every DAO of the $L API over one database, with one clock and the application's hooks. The\n"
            + "server facade runs on such a set; application code that builds one over the same database (or\n"
            + "takes the server's) reads rows exactly as the API shows them.\n", ctx.model().api().name())
        .addField(FieldSpec.builder(ColumnCode.DB, DB, Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(Clock.class, CLOCK, Modifier.PRIVATE, Modifier.FINAL).build());
    hooked.forEach(r -> type.addField(ctx.names().hooks(r), ctx.names().hooksSetter(r), Modifier.PRIVATE, Modifier.FINAL));
    resources.forEach(r -> type.addField(ctx.names().dao(r), ctx.names().daoVariable(r), Modifier.PRIVATE, Modifier.FINAL));
    type.addMethod(constructor(resources, hooked, ctx))
        .addMethod(MethodSpec.methodBuilder("builder")
            .addJavadoc("A builder of the DAOs over {@code db}: the system clock and no hooks until set.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name.nestedClass("Builder"))
            .addParameter(ColumnCode.DB, DB)
            .addStatement("return new Builder($T.requireNonNull($N, $S))", Objects.class, DB, DB)
            .build())
        .addMethod(MethodSpec.methodBuilder(DB)
            .addJavadoc("The database every DAO runs on.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(ColumnCode.DB)
            .addStatement("return $N", DB)
            .build())
        .addMethod(over(name, hooked, ctx));
    for (Resource resource : resources) {
      type.addMethod(MethodSpec.methodBuilder(accessors.of(resource.name()))
          .addJavadoc("The DAO of $L.\n", resource.name())
          .addModifiers(Modifier.PUBLIC)
          .returns(ctx.names().dao(resource))
          .addStatement("return $N", ctx.names().daoVariable(resource))
          .build());
    }
    return List.of(type.addType(builder(name, hooked, ctx)));
  }

  // emits: private OpenDentalDaos(Db db, Clock clock, PatientHooks patientHooks) { ...; this.patientDao = new PatientDao(db, clock, patientHooks); }
  private static MethodSpec constructor(List<Resource> resources, List<Resource> hooked, EmitContext ctx) {
    MethodSpec.Builder method = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(ColumnCode.DB, DB)
        .addParameter(Clock.class, CLOCK)
        .addStatement("this.$N = $N", DB, DB)
        .addStatement("this.$N = $N", CLOCK, CLOCK);
    for (Resource resource : hooked) {
      String hooks = ctx.names().hooksSetter(resource);
      method.addParameter(ctx.names().hooks(resource), hooks).addStatement("this.$N = $N", hooks, hooks);
    }
    for (Resource resource : resources) {
      CodeBlock hooks = hooked.contains(resource)
          ? CodeBlock.of(", $N", ctx.names().hooksSetter(resource))
          : CodeBlock.of("");
      method.addStatement("this.$N = new $T($N, $N$L)", ctx.names().daoVariable(resource), ctx.names().dao(resource),
          DB, CLOCK, hooks);
    }
    return method.build();
  }

  // emits: public OpenDentalDaos over(Db other) { return new OpenDentalDaos(other, clock, patientHooks); }
  private static MethodSpec over(ClassName name, List<Resource> hooked, EmitContext ctx) {
    return MethodSpec.methodBuilder("over")
        .addJavadoc("The same DAOs, clock and hooks over {@code other}, e.g. the database of one transaction.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(name)
        .addParameter(ColumnCode.DB, "other")
        .addStatement("return new $T($T.requireNonNull(other, $S), $N$L)", name, Objects.class, "other", CLOCK,
            hookArguments(hooked, ctx))
        .build();
  }

  // emits: public static final class Builder { clock(Clock), patientHooks(PatientHooks), build() }
  private static TypeSpec builder(ClassName daos, List<Resource> hooked, EmitContext ctx) {
    ClassName name = daos.nestedClass("Builder");
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addJavadoc("The clock and hooks of a {@link $T}.\n", daos)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addField(ColumnCode.DB, DB, Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(Clock.class, CLOCK, Modifier.PRIVATE)
            .initializer("$T.systemDefaultZone()", Clock.class).build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(ColumnCode.DB, DB)
            .addStatement("this.$N = $N", DB, DB)
            .build())
        .addMethod(setter(name, CLOCK, ClassName.get(Clock.class),
            "The clock of automatic dates and of the server time; default the system clock."));
    for (Resource resource : hooked) {
      String field = ctx.names().hooksSetter(resource);
      ClassName hooks = ctx.names().hooks(resource);
      type.addField(FieldSpec.builder(hooks, field, Modifier.PRIVATE).initializer("$T.NONE", hooks).build())
          .addMethod(setter(name, field, hooks, "The application's custom filters and derived fields of "
              + resource.name() + ";\nwithout them custom filters answer 400 and custom fields are left out."));
    }
    return type.addMethod(MethodSpec.methodBuilder("build")
            .addJavadoc("The DAOs.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(daos)
            .addStatement("return new $T($N, $N$L)", daos, DB, CLOCK, hookArguments(hooked, ctx))
            .build())
        .build();
  }

  private static CodeBlock hookArguments(List<Resource> hooked, EmitContext ctx) {
    List<CodeBlock> arguments = new ArrayList<>();
    hooked.forEach(r -> arguments.add(CodeBlock.of(", $N", ctx.names().hooksSetter(r))));
    return CodeBlock.join(arguments, "");
  }

  // emits: public Builder clock(Clock clock) { this.clock = Objects.requireNonNull(clock, "clock"); return this; }
  private static MethodSpec setter(ClassName builder, String field, ClassName type, String doc) {
    return MethodSpec.methodBuilder(field)
        .addJavadoc("$L\n", doc)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(type, field)
        .addStatement("this.$N = $T.requireNonNull($N, $S)", field, Objects.class, field, field)
        .addStatement("return this")
        .build();
  }
}
