package dev.odgen.codegen.server;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.spec.model.Resource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The builder nested in the server facade: database, keys, address, clock, and one setter per action
 * interface and hooks interface; {@code build()} prepares the schema and makes the server.
 */
final class ServerBuilder {

  private final EmitContext ctx;
  private final boolean database;
  private final ClassName facade;
  private final ClassName name;

  ServerBuilder(EmitContext ctx, boolean database) {
    this.ctx = ctx;
    this.database = database;
    this.facade = ctx.names().serverFacade();
    this.name = facade.nestedClass("Builder");
  }

  ClassName name() {
    return name;
  }

  TypeSpec type() {
    boolean auth = !ctx.model().api().auth().isNone();
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addJavadoc(auth
            ? "Settings of a {@link $T}; only the keys (or {@link #withoutAuth()}) are required.\n"
            : "Settings of a {@link $T}; every one has a default (the API has no auth).\n", facade)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    List<MethodSpec> setters = new ArrayList<>();
    if (database) {
      type.addField(ServerEmitter.DATA_SOURCE, "dataSource", Modifier.PRIVATE)
          .addField(String.class, "jdbcUrl", Modifier.PRIVATE)
          .addField(String.class, "user", Modifier.PRIVATE)
          .addField(String.class, "password", Modifier.PRIVATE)
          .addField(ServerEmitter.DIALECT, "dialect", Modifier.PRIVATE)
          .addField(ctx.names().daos(), "daos", Modifier.PRIVATE)
          .addField(FieldSpec.builder(ServerEmitter.SCHEMA_POLICY, "schema", Modifier.PRIVATE)
              .initializer("$T.VALIDATE", ServerEmitter.SCHEMA_POLICY).build());
      setters.add(MethodSpec.methodBuilder("dataSource")
          .addJavadoc("The database, e.g. a pool the application manages (it stays open when the server stops).\n")
          .addModifiers(Modifier.PUBLIC)
          .returns(name)
          .addParameter(ServerEmitter.DATA_SOURCE, "dataSource")
          .addStatement("this.dataSource = $T.requireNonNull(dataSource, $S)", Objects.class, "dataSource")
          .addStatement("return this")
          .build());
      setters.add(MethodSpec.methodBuilder("database")
          .addJavadoc("The database by JDBC URL ({@code jdbc:h2:...}, {@code jdbc:mariadb:...}, {@code jdbc:mysql:...});\n"
              + "the server opens a pool and closes it when it stops. Default: an H2 file {@code $L} in the working\n"
              + "directory.\n", ServerEmitter.defaultDatabase(ctx))
          .addModifiers(Modifier.PUBLIC)
          .returns(name)
          .addParameter(String.class, "jdbcUrl")
          .addParameter(String.class, "user")
          .addParameter(String.class, "password")
          .addStatement("this.jdbcUrl = $T.requireNonNull(jdbcUrl, $S)", Objects.class, "jdbcUrl")
          .addStatement("this.user = user")
          .addStatement("this.password = password")
          .addStatement("return this")
          .build());
      setters.add(MethodSpec.methodBuilder("dialect")
          .addJavadoc("The SQL dialect of {@link #dataSource}; by default it is read from the connection's URL.\n")
          .addModifiers(Modifier.PUBLIC)
          .returns(name)
          .addParameter(ServerEmitter.DIALECT, "dialect")
          .addStatement("this.dialect = $T.requireNonNull(dialect, $S)", Objects.class, "dialect")
          .addStatement("return this")
          .build());
      setters.add(MethodSpec.methodBuilder("schema")
          .addJavadoc("What {@link #build()} does with the tables: {@code VALIDATE} (the default) creates missing\n"
              + "tables and refuses existing ones that lack a column or have one too narrow, naming each with the\n"
              + "statement that fixes it; {@code MIGRATE} also adds and widens columns, logging each statement and\n"
              + "recording it in the database (never dropping or narrowing); {@code NONE} touches nothing.\n")
          .addModifiers(Modifier.PUBLIC)
          .returns(name)
          .addParameter(ServerEmitter.SCHEMA_POLICY, "schema")
          .addStatement("this.schema = $T.requireNonNull(schema, $S)", Objects.class, "schema")
          .addStatement("return this")
          .build());
      setters.add(MethodSpec.methodBuilder("daos")
          .addJavadoc("The DAOs to serve from, built by the application over its own database (which it keeps\n"
              + "managing) with its hooks and clock, so that its own code and the server share them. Instead of\n"
              + "{@link #database} and {@link #dataSource}; without it the server builds DAOs without hooks.\n")
          .addModifiers(Modifier.PUBLIC)
          .returns(name)
          .addParameter(ctx.names().daos(), "daos")
          .addStatement("this.daos = $T.requireNonNull(daos, $S)", Objects.class, "daos")
          .addStatement("return this")
          .build());
    }
    if (auth) {
      type.addField(ServerEmitter.KEY_STORE, "keys", Modifier.PRIVATE)
          .addField(boolean.class, "withoutAuth", Modifier.PRIVATE);
    }
    type.addField(FieldSpec.builder(String.class, "host", Modifier.PRIVATE).initializer("$S", "0.0.0.0").build())
        .addField(FieldSpec.builder(int.class, "port", Modifier.PRIVATE).initializer("8080").build())
        .addField(FieldSpec.builder(Clock.class, "clock", Modifier.PRIVATE)
            .initializer("$T.systemDefaultZone()", Clock.class).build());
    if (auth) {
      setters.add(MethodSpec.methodBuilder("keys")
          .addJavadoc("The credential sets the server accepts in the header {@link $T#AUTH} describes.\n", facade)
          .addModifiers(Modifier.PUBLIC)
          .returns(name)
          .addParameter(ServerEmitter.KEY_STORE, "keys")
          .addStatement("this.keys = $T.requireNonNull(keys, $S)", Objects.class, "keys")
          .addStatement("return this")
          .build());
      setters.add(MethodSpec.methodBuilder("withoutAuth")
          .addJavadoc("Serves without checking credentials (tests; an API behind another gate).\n")
          .addModifiers(Modifier.PUBLIC)
          .returns(name)
          .addStatement("this.withoutAuth = true")
          .addStatement("return this")
          .build());
    }
    setters.add(setter("host", String.class, "The interface to listen on; default {@code 0.0.0.0}."));
    setters.add(MethodSpec.methodBuilder("port")
        .addJavadoc("The port to listen on; 0 picks a free one. Default 8080.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(name)
        .addParameter(int.class, "port")
        .addStatement("this.port = port")
        .addStatement("return this")
        .build());
    setters.add(setter("clock", Clock.class,
        "The clock of {@code serverDateTime} values and automatic dates; default the system clock."));
    for (Resource resource : ctx.resources()) {
      if (HandlerPlan.needsHandler(resource, ctx) && !resource.actions().isEmpty()) {
        String field = ctx.names().actionsSetter(resource);
        ClassName actions = ctx.names().actions(resource);
        type.addField(FieldSpec.builder(actions, field, Modifier.PRIVATE).initializer("$T.NONE", actions).build());
        setters.add(setter(field, actions, "The application's implementation of the actions of " + resource.name()
            + "; those it leaves out answer 501."));
      }
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethods(setters)
        .addMethod(build());
    return type.build();
  }

  // emits: public Builder host(String host) { this.host = Objects.requireNonNull(host, "host"); return this; }
  private MethodSpec setter(String field, Object type, String doc) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(field)
        .addJavadoc("$L\n", doc)
        .addModifiers(Modifier.PUBLIC)
        .returns(name);
    if (type instanceof ClassName className) {
      method.addParameter(className, field);
    } else {
      method.addParameter((Class<?>) type, field);
    }
    return method.addStatement("this.$N = $T.requireNonNull($N, $S)", field, Objects.class, field, field)
        .addStatement("return this")
        .build();
  }

  // emits: public OpenDentalServer build() { ... database.applySchema(schema, OpenDentalSchema.TABLES) ... }
  private MethodSpec build() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(facade);
    if (!ctx.model().api().auth().isNone()) {
      method.beginControlFlow("if (keys == null && !withoutAuth)")
          .addStatement("throw new $T($S)", IllegalStateException.class,
              "the server needs keys(...) to check credentials, or withoutAuth()")
          .endControlFlow();
    }
    if (!database) {
      return method.addJavadoc("The server, not yet listening.\n").addStatement("return new $T(this)", facade).build();
    }
    ClassName daos = ctx.names().daos();
    return method
        .addJavadoc("The server, not yet listening. Brings the tables to the spec as {@link #schema} allows; a database\n"
            + "the policy refuses stops it with the runtime's {@code SchemaMismatchException}, which names each\n"
            + "table and column and the way out.\n")
        .beginControlFlow("if (daos != null)")
        .beginControlFlow("if (dataSource != null || jdbcUrl != null)")
        .addStatement("throw new $T($S)", IllegalStateException.class,
            "daos(...) brings its own database: leave out database(...) and dataSource(...)")
        .endControlFlow()
        .addStatement("new $T(daos.db()).apply(schema, $T.TABLES)", ServerEmitter.SCHEMA_MANAGER, ctx.names().schema())
        .addStatement("return new $T(this, null, daos)", facade)
        .endControlFlow()
        .addStatement("$T database = dataSource != null\n$>$>? (dialect != null ? $T.over(dataSource, dialect) : $T.over(dataSource))\n"
                + ": jdbcUrl != null ? $T.open(jdbcUrl, user, password) : $T.h2File($T.of($S))$<$<",
            ServerEmitter.DATABASE, ServerEmitter.DATABASE, ServerEmitter.DATABASE, ServerEmitter.DATABASE,
            ServerEmitter.DATABASE, ServerEmitter.PATH, ServerEmitter.defaultDatabase(ctx))
        .addStatement("$T owned = dataSource != null ? null : database", ServerEmitter.DATABASE)
        .beginControlFlow("try")
        .addStatement("database.applySchema(schema, $T.TABLES)", ctx.names().schema())
        .addStatement("return new $T(this, owned, $T.builder(database.db()).clock(clock).build())", facade, daos)
        .nextControlFlow("catch ($T e)", RuntimeException.class)
        .beginControlFlow("if (owned != null)")
        .addStatement("owned.close()")
        .endControlFlow()
        .addStatement("throw e")
        .endControlFlow()
        .build();
  }
}
