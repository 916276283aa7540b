package dev.odgen.codegen.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.odgen.codegen.emit.Docs;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.naming.FacadeBuilderNames;
import dev.odgen.spec.model.ApiInfo;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The builder of the client facade: the base URL (or a preset of the spec's {@code baseUrls}), a setter per
 * credential of the spec's {@code auth}, timeouts, the retry policy, and a rate limit per the spec's
 * {@code throttling} (a preset, an interval, or a limiter shared between clients). {@code build()} says
 * which setting is missing.
 */
final class FacadeBuilder {

  static final String NAME = "Builder";

  private final EmitContext ctx;
  private final ApiInfo api;
  private final ClassName facade;
  private final ClassName builder;
  private final FacadeBuilderNames names;
  private final Optional<String> rateLimitKey;

  FacadeBuilder(EmitContext ctx) {
    this.ctx = ctx;
    this.api = ctx.model().api();
    this.facade = ctx.names().clientFacade();
    this.builder = facade.nestedClass(NAME);
    this.names = ctx.names().facadeBuilder(api.auth().credentials(),
        api.baseUrls().stream().map(ApiInfo.BaseUrl::mode).toList());
    this.rateLimitKey = rateLimitKey(api);
  }

  /**
   * The credential calls are spaced by: the spec's {@code throttling.per} when it names one, else the first
   * credential; none without credentials (the runtime keys its limiter by a credential).
   */
  static Optional<String> rateLimitKey(ApiInfo api) {
    List<String> credentials = api.auth().credentials();
    if (credentials.contains(api.throttling().per())) {
      return Optional.of(api.throttling().per());
    }
    return credentials.stream().findFirst();
  }

  TypeSpec build() {
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Collects the settings of a {@link $T}. Required: the base URL$L;\n"
            + "the rest has defaults (10 s to connect, 60 s per request, responses up to 64 MiB, the runtime's\n"
            + "default retries, no rate limit).\n",
            facade, api.auth().credentials().isEmpty() ? "" : " and the credentials")
        .addField(String.class, "baseUrl", Modifier.PRIVATE);
    for (String credential : api.auth().credentials()) {
      type.addField(String.class, names.credentials().of(credential), Modifier.PRIVATE);
    }
    type.addField(field(Duration.class, "connectTimeout", CodeBlock.of("$T.ofSeconds(10)", Duration.class)))
        .addField(field(Duration.class, "requestTimeout", CodeBlock.of("$T.ofSeconds(60)", Duration.class)))
        .addField(field(long.class, "maxResponseBytes",
            CodeBlock.of("$T.DEFAULT_MAX_RESPONSE_BYTES", ClientTypes.CLIENT_CONFIG)))
        .addField(field(ClientTypes.RETRY_POLICY, "retry", CodeBlock.of("$T.defaults()", ClientTypes.RETRY_POLICY)));
    if (rateLimitKey.isPresent()) {
      type.addField(Duration.class, "rateLimitInterval", Modifier.PRIVATE)
          .addField(ClientTypes.RATE_LIMITER, "rateLimiter", Modifier.PRIVATE);
    }
    type.addField(field(ClientTypes.TIMEKEEPER, "timekeeper", CodeBlock.of("$T.system()", ClientTypes.TIMEKEEPER)))
        .addField(HttpClient.class, "httpClient", Modifier.PRIVATE)
        .addField(field(ClientTypes.SERVER_VERSION, DocumentedMethod.SERVER_VERSION_FIELD,
            CodeBlock.of("$T.unknown()", ClientTypes.SERVER_VERSION)))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(setter("baseUrl", String.class,
            "The API's base URL, base path included, e.g. {@code " + Docs.text(exampleUrl()) + "}."));
    for (ApiInfo.BaseUrl preset : api.baseUrls()) {
      type.addMethod(MethodSpec.methodBuilder(names.baseUrlPresets().of(preset.mode()))
          .addJavadoc("$L\n", "The " + Docs.text(preset.mode()) + " base URL: {@code " + Docs.text(preset.url()) + "}.")
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addStatement("return baseUrl($S)", preset.url())
          .build());
    }
    for (String credential : api.auth().credentials()) {
      type.addMethod(setter(names.credentials().of(credential), String.class,
          "The {@code " + Docs.text(credential) + "} of the {@code " + Docs.text(api.auth().header()) + "} header."));
    }
    type.addMethod(setter("connectTimeout", Duration.class, "How long to wait for a connection."))
        .addMethod(setter("requestTimeout", Duration.class,
            "How long one call may take in all, headers and body; a stalled body ends in {@code ApiTimeoutException}."))
        .addMethod(setter("maxResponseBytes", TypeName.LONG,
            "The largest response body read; a larger one ends in {@code ApiResponseTooLargeException}."))
        .addMethod(setter("retry", ClientTypes.RETRY_POLICY,
            "How GET, PUT and DELETE are retried on connection errors, 429 and 5xx; POST never is.\n"
                + "{@code RetryPolicy.none()} turns retries off."));
    rateLimitKey.ifPresent(key -> addRateLimits(type, key));
    return type
        .addMethod(setter("timekeeper", ClientTypes.TIMEKEEPER,
            "The clocks and sleeping behind retries and the rate limit (tests pass a fake)."))
        .addMethod(setter("httpClient", TypeName.get(HttpClient.class),
            "The JDK client to send with (custom TLS, proxy or executor); by default a new one."))
        .addMethod(serverVersion())
        .addMethod(buildMethod())
        .addMethods(api.auth().credentials().isEmpty() ? List.of() : List.of(required()))
        .build();
  }

  private void addRateLimits(TypeSpec.Builder type, String key) {
    String per = "with the same {@code " + Docs.text(key) + "}";
    if (!api.throttling().presets().isEmpty()) {
      type.addMethod(MethodSpec.methodBuilder("rateLimit")
          .addJavadoc("Spaces calls $L by the API's preset for the key's permissions.\n", per)
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(ctx.names().throttle(), "throttle")
          .addStatement("return rateLimit(throttle.interval().toMillis())")
          .build());
    }
    type.addMethod(MethodSpec.methodBuilder("rateLimit")
            .addJavadoc("Spaces calls $L at least {@code intervalMillis} apart.\n", per)
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(long.class, "intervalMillis")
            .addStatement("this.rateLimitInterval = $T.ofMillis(intervalMillis)", Duration.class)
            .addStatement("this.rateLimiter = null")
            .addStatement("return this")
            .build())
        .addMethod(MethodSpec.methodBuilder("rateLimit")
            .addJavadoc("$L\n", JavadocText.wrap(
                "Spaces calls " + per + " with {@code rateLimiter}, which clients with the same keys may share."))
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(ClientTypes.RATE_LIMITER, "rateLimiter")
            .addStatement("this.rateLimiter = $T.requireNonNull(rateLimiter, $S)", Objects.class, "rateLimiter")
            .addStatement("this.rateLimitInterval = null")
            .addStatement("return this")
            .build());
  }

  // emits: public OpenDentalClient build() { ... ClientConfig.builder(baseUrl).auth(AUTH, List.of(...)) ... }
  private MethodSpec buildMethod() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("build")
        .addJavadoc("The client.\n\n@throws IllegalStateException when the base URL or a credential is not set\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(facade)
        .beginControlFlow("if (baseUrl == null)")
        .addStatement("throw new $T($S)", IllegalStateException.class, missingBaseUrl())
        .endControlFlow();
    CodeBlock.Builder config = CodeBlock.builder().add("$T.Builder config = $T.builder(baseUrl)\n",
        ClientTypes.CLIENT_CONFIG, ClientTypes.CLIENT_CONFIG);
    if (!api.auth().credentials().isEmpty()) {
      CodeBlock credentials = api.auth().credentials().stream()
          .map(c -> CodeBlock.of("required($N, $S)", names.credentials().of(c), names.credentials().of(c)))
          .collect(CodeBlock.joining(", "));
      config.add(".auth($N, $T.of($L))\n", ClientFacadeEmitter.AUTH, List.class, credentials);
    }
    config.add(".wire($N)\n", ClientFacadeEmitter.WIRE)
        .add(".connectTimeout(connectTimeout)\n")
        .add(".requestTimeout(requestTimeout)\n")
        .add(".maxResponseBytes(maxResponseBytes)\n")
        .add(".retry(retry)\n")
        .add(".timekeeper(timekeeper)");
    method.addStatement("$L", config.build());
    rateLimitKey.ifPresent(key -> method
        .beginControlFlow("if (rateLimiter != null)")
        .addStatement("config.rateLimit(rateLimiter, $S)", key)
        .nextControlFlow("else if (rateLimitInterval != null)")
        .addStatement("config.rateLimit(new $T(rateLimitInterval, timekeeper), $S)", ClientTypes.RATE_LIMITER, key)
        .endControlFlow());
    method.addStatement("$T transport = httpClient == null\n? new $T(config.build())\n: new $T(config.build(), httpClient)",
            ClientTypes.HTTP_TRANSPORT, ClientTypes.HTTP_TRANSPORT, ClientTypes.HTTP_TRANSPORT)
        .addStatement("return new $T(transport, $N)", facade, DocumentedMethod.SERVER_VERSION_FIELD);
    return method.build();
  }

  /** What {@code build()} says when no base URL was set. */
  private String missingBaseUrl() {
    if (api.baseUrls().isEmpty()) {
      return "no base URL: call baseUrl(String)";
    }
    List<String> presets = api.baseUrls().stream().map(u -> names.baseUrlPresets().of(u.mode()) + "()").toList();
    return "no base URL: call baseUrl(String) or " + String.join(", ", presets);
  }

  // emits: private static String required(String value, String setter) { if blank: throw ...; return value; }
  private static MethodSpec required() {
    return MethodSpec.methodBuilder("required")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(String.class, "value")
        .addParameter(String.class, "setter")
        .beginControlFlow("if (value == null || value.isBlank())")
        .addStatement("throw new $T(setter + $S + setter + $S)", IllegalStateException.class, " is not set: call ",
            "(String)")
        .endControlFlow()
        .addStatement("return value")
        .build();
  }

  // emits: public Builder serverVersion(String version) { this.serverVersion = ServerVersion.of("Open Dental", version); ... }
  private MethodSpec serverVersion() {
    String product = EndpointDocs.product(api);
    return MethodSpec.methodBuilder(DocumentedMethod.SERVER_VERSION_FIELD)
        .addJavadoc("The $L version the server runs, e.g. {@code 22.3}, when known: a call or a body field the spec\n"
            + "says a later version added then throws {@code ApiVersionException}, naming both versions, before\n"
            + "anything is sent. Default: unknown, every call is sent.\n\n"
            + "@throws IllegalArgumentException when the version is not numbers separated by dots\n", Docs.text(product))
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(String.class, "version")
        .addStatement("this.$N = $T.of($S, version)", DocumentedMethod.SERVER_VERSION_FIELD, ClientTypes.SERVER_VERSION,
            product)
        .addStatement("return this")
        .build();
  }

  private String exampleUrl() {
    return api.baseUrls().stream().findFirst().map(ApiInfo.BaseUrl::url)
        .orElse("https://api.example.com" + api.basePath());
  }

  private MethodSpec setter(String name, Class<?> type, String javadoc) {
    return setter(name, TypeName.get(type), javadoc);
  }

  private MethodSpec setter(String name, TypeName type, String javadoc) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addJavadoc("$L\n", javadoc)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(type, name);
    if (type.isPrimitive()) {
      method.addStatement("this.$N = $N", name, name);
    } else {
      method.addStatement("this.$N = $T.requireNonNull($N, $S)", name, Objects.class, name, name);
    }
    return method.addStatement("return this").build();
  }

  private static FieldSpec field(TypeName type, String name, CodeBlock initializer) {
    return FieldSpec.builder(type, name, Modifier.PRIVATE).initializer(initializer).build();
  }

  private static FieldSpec field(Class<?> type, String name, CodeBlock initializer) {
    return field(TypeName.get(type), name, initializer);
  }
}
