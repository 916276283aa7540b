package dev.odgen.codegen.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.emit.Docs;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.emit.JavaEmitter;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.spec.model.Resource;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * A client class per resource with a typed method per endpoint the spec declares: the CRUD operations
 * ({@link CrudMethods}) and the actions ({@link ActionMethods}), all calling the runtime's
 * {@code HttpTransport}:
 *
 * <pre>
 * public final class PatientsClient {
 *   public PatientsClient(HttpTransport transport) { ... }
 *   public Patient get(long patNum) { ... }
 *   public Stream&lt;Patient&gt; listAll(PatientsQuery query) { ... }
 *   public Patient update(long patNum, PatientPatch patch) { ... }
 *   public List&lt;Patient&gt; simple(PatientsSimpleRequest request) { ... }
 * }
 * </pre>
 */
public final class ClientEmitter extends JavaEmitter<Resource> {

  /** The constant holding the API's page size in clients that page. */
  static final String PAGE_SIZE = "PAGE_SIZE";

  @Override
  public ArtifactKind kind() {
    return ArtifactKind.CLIENT;
  }

  @Override
  protected List<Resource> inputs(EmitContext ctx) {
    return clientResources(ctx);
  }

  @Override
  protected String packageName(EmitContext ctx) {
    return ctx.names().clientPackage();
  }

  @Override
  protected String source(Resource resource, EmitContext ctx) {
    return resource.location().path();
  }

  @Override
  protected List<TypeSpec.Builder> types(Resource resource, EmitContext ctx) {
    ClassName name = ctx.names().resourceClient(resource);
    CrudMethods crud = new CrudMethods(resource, ctx);
    ActionMethods actions = new ActionMethods(resource, ctx);
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(javadoc(resource, ctx));
    if (crud.pages() || actions.pages()) {
      type.addField(FieldSpec.builder(int.class, PAGE_SIZE, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("Items per page of the API's lists: a page with fewer is the last.\n")
          .initializer("$L", ctx.model().api().paging().pageSize())
          .build());
    }
    String version = DocumentedMethod.SERVER_VERSION_FIELD;
    type.addField(ClientTypes.HTTP_TRANSPORT, JavaNames.TRANSPORT, Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(ClientTypes.SERVER_VERSION, version, Modifier.PRIVATE, Modifier.FINAL)
            .addJavadoc("The server's version when known: calls and fields newer than it are refused unsent.\n")
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("A client sending its calls through {@code $L}, whatever the server's version.\n",
                JavaNames.TRANSPORT)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(ClientTypes.HTTP_TRANSPORT, JavaNames.TRANSPORT)
            .addStatement("this($N, $T.unknown())", JavaNames.TRANSPORT, ClientTypes.SERVER_VERSION)
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("A client sending its calls through {@code $L} to a server of {@code $L}: calls and fields\n"
                + "the spec says came later throw {@code ApiVersionException} before anything is sent.\n",
                JavaNames.TRANSPORT, version)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(ClientTypes.HTTP_TRANSPORT, JavaNames.TRANSPORT)
            .addParameter(ClientTypes.SERVER_VERSION, version)
            .addStatement("this.$N = $T.requireNonNull($N, $S)", JavaNames.TRANSPORT, Objects.class,
                JavaNames.TRANSPORT, JavaNames.TRANSPORT)
            .addStatement("this.$N = $T.requireNonNull($N, $S)", version, Objects.class, version, version)
            .build())
        .addMethods(crud.methods())
        .addMethods(actions.methods());
    if (crud.pages() || actions.pages()) {
      type.addMethod(withOffset(ctx));
    }
    return List.of(type);
  }

  /** The resources that get a client: those with an endpoint. */
  static List<Resource> clientResources(EmitContext ctx) {
    return ctx.resources().stream().filter(r -> !r.operations().isEmpty() || !r.actions().isEmpty()).toList();
  }

  private static CodeBlock javadoc(Resource resource, EmitContext ctx) {
    String about = "Calls resource " + resource.name() + " ({@code " + Docs.text(resource.path()) + "}) of the "
        + Docs.text(ctx.model().api().title()) + "." + Docs.notes(resource.notes());
    return CodeBlock.builder()
        .add("$L\n\n", about)
        .add("<p>Every call goes through one {@link $T}, which sends the auth header, retries idempotent\n"
            + "calls and keeps the rate limit; an error status throws the {@link $T} for it, carrying the\n"
            + "status and the server's explanation. Get one from {@link $T}; thread-safe.\n",
            ClientTypes.HTTP_TRANSPORT, ClientTypes.API_EXCEPTION, ctx.names().clientFacade())
        .build();
  }

  // emits: private static QueryParams withOffset(QueryParams params, long offset) { ... }
  private static MethodSpec withOffset(EmitContext ctx) {
    String params = JavaNames.PARAMS;
    String offset = JavaNames.OFFSET;
    return MethodSpec.methodBuilder(JavaNames.CLIENT_WITH_OFFSET)
        .addJavadoc("{@code $L} with the paging offset; the first page (0) sends none.\n", params)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ClientTypes.QUERY_PARAMS)
        .addParameter(ClientTypes.QUERY_PARAMS, params)
        .addParameter(long.class, offset)
        .beginControlFlow("if ($N < 0)", offset)
        .addStatement("throw new $T($S + $N)", IllegalArgumentException.class, "offset must not be negative: ", offset)
        .endControlFlow()
        .addStatement("return $N == 0 ? $N : $N.addLong($S, $N)", offset, params, params,
            ctx.model().api().paging().offsetParam(), offset)
        .build();
  }
}
