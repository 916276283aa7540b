package dev.odgen.codegen.server;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.dao.DaosEmitter;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.JavaEmitter;
import dev.odgen.codegen.emit.SettingsCode;
import dev.odgen.codegen.naming.Identifiers;
import dev.odgen.runtime.jdbc.Database;
import dev.odgen.runtime.jdbc.SchemaManager;
import dev.odgen.runtime.jdbc.SchemaPolicy;
import dev.odgen.runtime.schema.Dialect;
import dev.odgen.runtime.server.ApiDocs;
import dev.odgen.runtime.server.ApiServer;
import dev.odgen.runtime.server.ErrorFormat;
import dev.odgen.runtime.server.KeyStore;
import dev.odgen.runtime.wire.AuthSettings;
import dev.odgen.runtime.wire.PagingSettings;
import dev.odgen.runtime.wire.WireSettings;
import dev.odgen.spec.model.ApiInfo;
import dev.odgen.spec.model.Resource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;
import javax.sql.DataSource;

/**
 * The server facade named after the API ({@code OpenDentalServer}): a builder taking the database (or the
 * application's {@code OpenDentalDaos}, which carry its hooks), the keys, the address and the application's action
 * implementations; {@code build()} creates missing tables (refusing to go on when an existing table lacks a
 * column) and wires every handler to its DAOs with the settings of the spec's API file.
 *
 * <pre>
 * try (OpenDentalServer server = OpenDentalServer.builder()
 *     .database("jdbc:mariadb://localhost/dental", "root", "")
 *     .keys(KeyStore.fromFile(Path.of("keys.txt"), OpenDentalServer.AUTH))
 *     .appointmentActions(new MyAppointmentActions())
 *     .port(8080)
 *     .build()
 *     .start()) { ... }
 * </pre>
 */
public final class ServerEmitter extends JavaEmitter<EmitContext> {

  static final ClassName API_SERVER = ClassName.get(ApiServer.class);
  static final ClassName API_DOCS = ClassName.get(ApiDocs.class);
  static final ClassName KEY_STORE = ClassName.get(KeyStore.class);
  static final ClassName ERROR_FORMAT = ClassName.get(ErrorFormat.class);
  static final ClassName WIRE_SETTINGS = ClassName.get(WireSettings.class);
  static final ClassName AUTH_SETTINGS = ClassName.get(AuthSettings.class);
  static final ClassName PAGING_SETTINGS = ClassName.get(PagingSettings.class);
  static final ClassName DATABASE = ClassName.get(Database.class);
  static final ClassName DIALECT = ClassName.get(Dialect.class);
  static final ClassName SCHEMA_MANAGER = ClassName.get(SchemaManager.class);
  static final ClassName SCHEMA_POLICY = ClassName.get(SchemaPolicy.class);
  static final ClassName DATA_SOURCE = ClassName.get(DataSource.class);
  static final ClassName PATH = ClassName.get(Path.class);

  @Override
  public ArtifactKind kind() {
    return ArtifactKind.SERVER;
  }

  @Override
  protected List<EmitContext> inputs(EmitContext ctx) {
    return handlers(ctx).isEmpty() ? List.of() : List.of(ctx);
  }

  @Override
  protected String packageName(EmitContext ctx) {
    return ctx.names().serverPackage();
  }

  @Override
  protected String source(EmitContext input, EmitContext ctx) {
    return ctx.specLabel();
  }

  @Override
  protected List<TypeSpec.Builder> types(EmitContext input, EmitContext ctx) {
    ClassName name = ctx.names().serverFacade();
    boolean database = !daos(ctx).isEmpty();
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(AutoCloseable.class)
        .addJavadoc("The $L server: every endpoint of the spec over $L, behaving as the API does (paths, JSON\n"
            + "names and formats, status codes, paging, auth). Stateless: several instances may share one database.\n",
            ctx.model().api().title(), database ? "one database" : "the application's actions")
        .addFields(settings(ctx.model().api()))
        .addField(FieldSpec.builder(API_SERVER, "server", Modifier.PRIVATE, Modifier.FINAL).build());
    if (database) {
      type.addField(FieldSpec.builder(DATABASE, "ownedDatabase", Modifier.PRIVATE, Modifier.FINAL)
              .addJavadoc("The database this server opened itself (closed on stop), or null.\n")
              .build())
          .addField(FieldSpec.builder(ctx.names().daos(), "daos", Modifier.PRIVATE, Modifier.FINAL).build());
    }
    ServerBuilder builder = new ServerBuilder(ctx, database);
    type.addMethod(constructor(ctx, database, builder.name()))
        .addMethod(MethodSpec.methodBuilder("builder")
            .addJavadoc("A builder with no database, keys or implementations set yet.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder.name())
            .addStatement("return new $T()", builder.name())
            .build())
        .addMethods(lifecycle(name, database));
    if (database) {
      type.addMethod(MethodSpec.methodBuilder("daos")
          .addJavadoc("The DAOs the server runs on, for application code that needs more.\n")
          .addModifiers(Modifier.PUBLIC)
          .returns(ctx.names().daos())
          .addStatement("return daos")
          .build());
    }
    return List.of(type.addType(builder.type()));
  }

  // emits: public static final WireSettings WIRE = new WireSettings(true, "yyyy-MM-dd", ...); and AUTH, PAGING, BASE_PATH
  private static List<FieldSpec> settings(ApiInfo api) {
    ApiInfo.Auth auth = api.auth();
    ApiInfo.Paging paging = api.paging();
    CodeBlock credentials = CodeBlock.join(auth.credentials().stream().map(c -> CodeBlock.of("$S", c)).toList(), ", ");
    List<FieldSpec> fields = new ArrayList<>();
    fields.add(FieldSpec.builder(String.class, "BASE_PATH", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The path every endpoint is under.\n")
        .initializer("$S", api.basePath())
        .build());
    fields.add(FieldSpec.builder(WIRE_SETTINGS, "WIRE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("How booleans, dates and times travel, and the parameters that change the output formats.\n")
        .initializer("$L", SettingsCode.wire(api, ", "))
        .build());
    if (!auth.isNone()) {
      fields.add(FieldSpec.builder(AUTH_SETTINGS, "AUTH", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The auth header: {@code $L: $L} followed by the credentials.\n", auth.header(), auth.scheme())
          .initializer("new $T($S, $S, $T.of($L), $S)", AUTH_SETTINGS, auth.header(), auth.scheme(), List.class,
              credentials, auth.separator())
          .build());
    }
    fields.add(FieldSpec.builder(PAGING_SETTINGS, "PAGING", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("How list calls page.\n")
        .initializer("new $T($S, $S, $L, $L)", PAGING_SETTINGS, paging.offsetParam(), paging.limitParam(),
            paging.pageSize(), paging.maxLimit())
        .build());
    return fields;
  }

  /** The runtime's name for the spec's {@code errors}. */
  private static String errorFormat(ApiInfo api) {
    return api.errors() == ApiInfo.ErrorStyle.PROBLEM ? ErrorFormat.PROBLEM.name() : ErrorFormat.TEXT.name();
  }


  // emits: private OpenDentalServer(Builder builder, Database ownedDatabase, OpenDentalDaos daos) { ... }
  private static MethodSpec constructor(EmitContext ctx, boolean database, ClassName builderName) {
    MethodSpec.Builder method = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(builderName, "builder");
    if (database) {
      method.addParameter(DATABASE, "ownedDatabase")
          .addParameter(ctx.names().daos(), "daos")
          .addStatement("this.ownedDatabase = ownedDatabase")
          .addStatement("this.daos = daos");
    }
    Identifiers accessors = ctx.names().daoAccessors(daos(ctx));
    List<CodeBlock> handlers = new ArrayList<>();
    for (Resource resource : handlers(ctx)) {
      HandlerPlan plan = new HandlerPlan(resource, ctx);
      List<CodeBlock> arguments = new ArrayList<>();
      if (plan.hasDao()) {
        arguments.add(CodeBlock.of("daos.$N()", accessors.of(resource.name())));
        plan.referencedResources().forEach(r -> arguments.add(CodeBlock.of("daos.$N()", accessors.of(r.name()))));
      }
      if (plan.hasActions()) {
        arguments.add(CodeBlock.of("builder.$N", ctx.names().actionsSetter(resource)));
      }
      handlers.add(CodeBlock.of("new $T($L)", ctx.names().handler(resource), CodeBlock.join(arguments, ", ")));
    }
    method.addStatement("$T.Builder api = $T.builder()\n$>$>.basePath(BASE_PATH)\n.wire(WIRE)\n.paging(PAGING)\n"
            + ".errors($T.$L)\n.host(builder.host)\n.port(builder.port)\n.clock(builder.clock)\n.register(\n$>$>$L)$<$<$<$<",
        API_SERVER, API_SERVER, ERROR_FORMAT, errorFormat(ctx.model().api()), CodeBlock.join(handlers, ",\n"));
    if (database) {
      method.addStatement("api.healthCheck(daos.db()::ping)");
      // a write request answered with an error leaves nothing written
      method.addStatement("api.transactions(daos.db())");
    }
    // the document kind openapi writes beside the code; served at <basePath>/openapi.json, shown at /docs
    method.addStatement("api.docs($T.onClasspath($T.class, $S))", API_DOCS, ctx.names().serverFacade(),
        ctx.names().openApiResource());
    if (ctx.model().api().auth().isNone()) {
      // the spec's API has no auth: every caller is served
      return method.addStatement("api.withoutAuth()").addStatement("this.server = api.build()").build();
    }
    return method
        .beginControlFlow("if (builder.keys != null)")
        .addStatement("api.auth(AUTH, builder.keys)")
        .nextControlFlow("else")
        .addStatement("api.withoutAuth()")
        .endControlFlow()
        .addStatement("this.server = api.build()")
        .build();
  }

  private static List<MethodSpec> lifecycle(ClassName name, boolean hasDatabase) {
    MethodSpec.Builder stop = MethodSpec.methodBuilder("stop")
        .addJavadoc("Stops answering (running requests may finish)$L.\n",
            hasDatabase ? " and closes the database pool the server opened itself" : "")
        .addModifiers(Modifier.PUBLIC)
        .addStatement("server.stop()");
    if (hasDatabase) {
      stop.beginControlFlow("if (ownedDatabase != null)")
          .addStatement("ownedDatabase.close()")
          .endControlFlow();
    }
    return List.of(
        MethodSpec.methodBuilder("start")
            .addJavadoc("Starts listening; returns this.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(name)
            .addStatement("server.start()")
            .addStatement("return this")
            .build(),
        MethodSpec.methodBuilder("port")
            .addJavadoc("The port listened on (the real one when built with port 0).\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addStatement("return server.port()")
            .build(),
        MethodSpec.methodBuilder("baseUrl")
            .addJavadoc("{@code http://<host>:<port><base path>}, for clients.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return server.baseUrl()")
            .build(),
        stop.build(),
        MethodSpec.methodBuilder("close")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addStatement("stop()")
            .build());
  }

  /** The resources with a handler, in name order. */
  static List<Resource> handlers(EmitContext ctx) {
    return ctx.resources().stream().filter(r -> HandlerPlan.needsHandler(r, ctx)).toList();
  }

  /** The resources with a DAO, in name order: those of the generated {@code <Api>Daos}. */
  static List<Resource> daos(EmitContext ctx) {
    return DaosEmitter.resources(ctx);
  }

  /** The default embedded database file: {@code clinicbook} for API ClinicBook. */
  static String defaultDatabase(EmitContext ctx) {
    return ctx.model().api().name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
