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
import dev.odgen.codegen.emit.SettingsCode;
import dev.odgen.codegen.naming.Identifiers;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.spec.model.ApiInfo;
import dev.odgen.spec.model.ApiInfo.Throttling;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The client facade of the API, named after it: one accessor per resource client, all over one transport,
 * built from the spec's auth, wire formats, base URL presets and throttling presets ({@link FacadeBuilder}):
 *
 * <pre>
 * OpenDentalClient client = OpenDentalClient.builder()
 *     .remote()
 *     .developerKey("...")
 *     .customerKey("...")
 *     .rateLimit(OpenDentalClient.Throttle.STANDARD)
 *     .build();
 * Patient patient = client.patients().get(48);
 * </pre>
 */
public final class ClientFacadeEmitter extends JavaEmitter<EmitContext> {

  /** The constants holding the auth header format and the wire formats. */
  static final String AUTH = "AUTH";
  static final String WIRE = "WIRE";

  @Override
  public ArtifactKind kind() {
    return ArtifactKind.CLIENT;
  }

  @Override
  protected List<EmitContext> inputs(EmitContext ctx) {
    return ClientEmitter.clientResources(ctx).isEmpty() ? List.of() : List.of(ctx);
  }

  @Override
  protected String packageName(EmitContext ctx) {
    return ctx.names().clientPackage();
  }

  @Override
  protected String source(EmitContext input, EmitContext ctx) {
    return ctx.specLabel();
  }

  @Override
  protected List<TypeSpec.Builder> types(EmitContext input, EmitContext ctx) {
    ApiInfo api = ctx.model().api();
    ClassName name = ctx.names().clientFacade();
    List<Resource> resources = ClientEmitter.clientResources(ctx);
    Identifiers accessors = ctx.names().resourceAccessors(resources);
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(javadoc(ctx, resources, accessors));
    if (!api.auth().isNone()) {
      type.addField(auth(api.auth()));
    }
    type.addField(wire(api))
        .addField(ClientTypes.HTTP_TRANSPORT, JavaNames.TRANSPORT, Modifier.PRIVATE, Modifier.FINAL);
    for (Resource resource : resources) {
      type.addField(ctx.names().resourceClient(resource), accessors.of(resource.name()), Modifier.PRIVATE,
          Modifier.FINAL);
    }
    type.addMethod(constructor(ctx))
        .addMethod(versionedConstructor(ctx, resources, accessors))
        .addMethod(MethodSpec.methodBuilder(JavaNames.BUILDER)
            .addJavadoc("A builder: set the base URL and the credentials, then {@code build()}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name.nestedClass(FacadeBuilder.NAME))
            .addStatement("return new $T()", name.nestedClass(FacadeBuilder.NAME))
            .build())
        .addMethod(MethodSpec.methodBuilder(JavaNames.TRANSPORT)
            .addJavadoc("The transport every resource client sends through, for calls the spec does not model.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(ClientTypes.HTTP_TRANSPORT)
            .addStatement("return $N", JavaNames.TRANSPORT)
            .build());
    for (Resource resource : resources) {
      type.addMethod(accessor(resource, accessors.of(resource.name()), ctx));
    }
    Optional<String> rateLimitKey = FacadeBuilder.rateLimitKey(api);
    if (rateLimitKey.isPresent() && !api.throttling().presets().isEmpty()) {
      type.addType(throttle(api.throttling(), rateLimitKey.get(), ctx));
    }
    return List.of(type.addType(new FacadeBuilder(ctx).build()));
  }

  private static CodeBlock javadoc(EmitContext ctx, List<Resource> resources, Identifiers accessors) {
    ApiInfo api = ctx.model().api();
    ClassName name = ctx.names().clientFacade();
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("The $L as typed Java calls: one client per resource, all sharing one transport\n", Docs.text(api.title()))
        .add("(auth header, timeouts, retries of idempotent calls, optional rate limit). Thread-safe; build one and\n")
        .add("share it:\n\n<pre>\n")
        .add("$L client = $L.builder()\n", name.simpleName(), name.simpleName());
    var builderNames = ctx.names().facadeBuilder(api.auth().credentials(),
        api.baseUrls().stream().map(ApiInfo.BaseUrl::mode).toList());
    if (api.baseUrls().isEmpty()) {
      doc.add("    .baseUrl(\"https://api.example.com$L\")\n", Docs.text(api.basePath()));
    } else {
      doc.add("    .$L()\n", builderNames.baseUrlPresets().of(api.baseUrls().get(0).mode()));
    }
    for (String credential : api.auth().credentials()) {
      doc.add("    .$L(\"...\")\n", builderNames.credentials().of(credential));
    }
    if (FacadeBuilder.rateLimitKey(api).isPresent() && !api.throttling().presets().isEmpty()) {
      String preset = api.throttling().presets().get(0).name();
      doc.add("    .rateLimit($L.$L.$L)\n", name.simpleName(), ctx.names().throttle().simpleName(),
          ctx.names().throttleConstants(List.of(preset)).of(preset));
    }
    doc.add("    .build();\n");
    resources.stream().filter(r -> r.operation(OperationKind.GET).isPresent()).findFirst().ifPresent(r ->
        doc.add("$L $L = client.$L().$L(1);\n", ctx.names().entity(r).simpleName(),
            ctx.names().identifier(r.entityName()), accessors.of(r.name()), JavaNames.CLIENT_GET));
    return doc.add("</pre>\n\n")
        .add("<p>Errors throw the runtime's {@link $T} subclasses, carrying the status and the server's\n",
            ClientTypes.API_EXCEPTION)
        .add("explanation.\n")
        .build();
  }

  // emits: public static final AuthSettings AUTH = new AuthSettings("Authorization", "ODFHIR", List.of(...), "/");
  private static FieldSpec auth(ApiInfo.Auth auth) {
    CodeBlock names = auth.credentials().stream().map(c -> CodeBlock.of("$S", c)).collect(CodeBlock.joining(",$W"));
    return FieldSpec.builder(ClientTypes.AUTH_SETTINGS, AUTH, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The auth header: {@code $L}.\n", Docs.text(expectedHeader(auth)))
        .initializer("new $T($S,$W$S,$W$T.of($L),$W$S)", ClientTypes.AUTH_SETTINGS, auth.header(), auth.scheme(),
            List.class, names, auth.separator())
        .build();
  }

  // emits: public static final WireSettings WIRE = new WireSettings(true, "yyyy-MM-dd", ...);
  private static FieldSpec wire(ApiInfo api) {
    return FieldSpec.builder(ClientTypes.WIRE_SETTINGS, WIRE, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("How the API writes booleans, dates and times.\n")
        .initializer("$L", SettingsCode.wire(api, ",$W"))
        .build();
  }

  private static MethodSpec constructor(EmitContext ctx) {
    String configure = ctx.model().api().auth().credentials().isEmpty()
        ? "(build it with {@link #" + WIRE + "})"
        : "(build it with {@link #" + AUTH + "} and {@link #" + WIRE + "})";
    return MethodSpec.constructorBuilder()
        .addJavadoc("A client over {@code $L}, for a configuration the builder does not offer\n$L.\n",
            JavaNames.TRANSPORT, configure)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(ClientTypes.HTTP_TRANSPORT, JavaNames.TRANSPORT)
        .addStatement("this($N, $T.unknown())", JavaNames.TRANSPORT, ClientTypes.SERVER_VERSION)
        .build();
  }

  private static MethodSpec versionedConstructor(EmitContext ctx, List<Resource> resources, Identifiers accessors) {
    String version = DocumentedMethod.SERVER_VERSION_FIELD;
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addJavadoc("A client over {@code $L} to a server of {@code $L}: calls and fields the spec says came later\n"
            + "throw {@code ApiVersionException} before anything is sent.\n", JavaNames.TRANSPORT, version)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(ClientTypes.HTTP_TRANSPORT, JavaNames.TRANSPORT)
        .addParameter(ClientTypes.SERVER_VERSION, version)
        .addStatement("this.$N = $T.requireNonNull($N, $S)", JavaNames.TRANSPORT, Objects.class, JavaNames.TRANSPORT,
            JavaNames.TRANSPORT);
    for (Resource resource : resources) {
      constructor.addStatement("this.$N = new $T($N, $N)", accessors.of(resource.name()),
          ctx.names().resourceClient(resource), JavaNames.TRANSPORT, version);
    }
    return constructor.build();
  }

  private static MethodSpec accessor(Resource resource, String accessor, EmitContext ctx) {
    return MethodSpec.methodBuilder(accessor)
        .addJavadoc("$L\n", "Resource " + resource.name() + " ({@code " + Docs.text(resource.path()) + "})."
            + Docs.notes(resource.notes()))
        .addModifiers(Modifier.PUBLIC)
        .returns(ctx.names().resourceClient(resource))
        .addStatement("return $N", accessor)
        .build();
  }

  // emits: public enum Throttle { READ_ONLY(5000), STANDARD(1000); ... public Duration interval() { ... } }
  private static TypeSpec throttle(Throttling throttling, String perCredential, EmitContext ctx) {
    Identifiers constants = ctx.names().throttleConstants(
        throttling.presets().stream().map(Throttling.Preset::name).toList());
    TypeSpec.Builder type = TypeSpec.enumBuilder(ctx.names().throttle())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The API's rate-limit presets: the least time between two calls with the same {@code $L}.\n",
            perCredential);
    for (Throttling.Preset preset : throttling.presets()) {
      type.addEnumConstant(constants.of(preset.name()), TypeSpec.anonymousClassBuilder("$LL", preset.intervalMillis())
          .addJavadoc("{@code $L}: $L ms between calls.\n", Docs.text(preset.name()), preset.intervalMillis())
          .build());
    }
    return type
        .addField(long.class, "intervalMillis", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(long.class, "intervalMillis")
            .addStatement("this.intervalMillis = intervalMillis")
            .build())
        .addMethod(MethodSpec.methodBuilder("interval")
            .addJavadoc("The least time between two calls.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(Duration.class)
            .addStatement("return $T.ofMillis(intervalMillis)", Duration.class)
            .build())
        .build();
  }

  private static String expectedHeader(ApiInfo.Auth auth) {
    StringBuilder value = new StringBuilder(auth.header()).append(": ");
    if (!auth.scheme().isEmpty()) {
      value.append(auth.scheme()).append(' ');
    }
    for (int i = 0; i < auth.credentials().size(); i++) {
      value.append(i == 0 ? "" : auth.separator()).append('{').append(auth.credentials().get(i)).append('}');
    }
    return value.toString();
  }
}
