package dev.odgen.runtime.server;

import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.wire.AuthSettings;
import dev.odgen.runtime.wire.PagingSettings;
import dev.odgen.runtime.wire.WireFormats;
import dev.odgen.runtime.wire.WireSettings;
import dev.odgen.runtime.wire.WireWriter;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: runs generated route registrars under a base path on Javalin, with auth, error
 * mapping and a health endpoint. Stateless, so several instances may share one database behind
 * a load balancer.
 *
 * <pre>{@code
 * ApiServer server = ApiServer.builder()
 *     .basePath("/api/v1")
 *     .auth(new AuthSettings("Authorization", "ODFHIR", List.of("developerKey", "customerKey"), "/"),
 *           KeyStore.fromFile(Path.of("keys.txt"), auth))
 *     .wire(wireSettings)
 *     .paging(new PagingSettings("Offset", "Limit", 100, 100))
 *     .register(new PatientHandler(dao), new AppointmentHandler(dao2))
 *     .healthCheck(db::ping)
 *     .port(8080)
 *     .build()
 *     .start();
 * ...
 * server.stop();
 * }</pre>
 */
public final class ApiServer implements AutoCloseable {
  /**
   * The logger of one INFO line per request ({@code GET /api/v1/patients/12 200 3 ms}); route or silence it
   * by this name in the application's logging backend.
   */
  public static final String REQUEST_LOGGER = "odgen.requests";

  private static final Logger REQUESTS = LoggerFactory.getLogger(REQUEST_LOGGER);
  private static final String TEXT = "text/plain; charset=utf-8";
  private static final String JSON = "application/json; charset=utf-8";

  private final Builder config;
  private final RequestSettings settings;
  private final PathRouter router;
  private final AuthCheck auth;
  private final WriteTransactions transactions;
  private final Javalin app;
  private boolean started;

  private ApiServer(Builder b) {
    this.config = b;
    this.settings = new RequestSettings(b.basePath, b.wire, b.paging, b.clock);
    RouteTable table = new RouteTable();
    for (RouteRegistrar r : b.registrars) {
      r.register(table);
    }
    this.router = table.router();
    refuseDocsClash(b);
    this.auth = b.auth == null ? null : new AuthCheck(b.auth, b.keys, b.healthPath);
    this.transactions = b.transactions == null ? null : new WriteTransactions(b.transactions);
    this.app = Javalin.create(this::configure);
  }

  /** A builder with no routes; base path, wire and paging settings, and auth are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts listening; returns this. */
  public synchronized ApiServer start() {
    if (!started) {
      app.start(config.host, config.port);
      started = true;
    }
    return this;
  }

  /** The port listened on (the real one when built with port 0). */
  public int port() {
    return app.port();
  }

  /** {@code http://<host>:<port><basePath>}, for clients in tests. */
  public String baseUrl() {
    String host = config.host.equals("0.0.0.0") ? "localhost" : config.host;
    return "http://" + host + ":" + port() + config.basePath;
  }

  /** Stops accepting requests and lets running ones finish, up to the stop timeout. */
  public synchronized void stop() {
    if (started) {
      app.stop();
      started = false;
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void configure(JavalinConfig cfg) {
    cfg.startup.showJavalinBanner = false;
    cfg.startup.showOldJavalinVersionWarning = false;
    cfg.http.maxRequestSize = config.maxRequestBytes;
    cfg.jetty.modifyServer(server -> server.setStopTimeout(config.stopTimeout.toMillis()));
    cfg.requestLogger.http(ApiServer::logRequest);
    // first, so that with an empty base path the catch-all below does not take it
    cfg.routes.get(config.healthPath, this::health);
    new DocsRoutes(config.basePath, config.docsPath, config.docs).register(cfg);
    if (auth != null && !config.basePath.isEmpty()) {
      cfg.routes.before(config.basePath, auth);
    }
    // one catch-all per method: PathRouter finds the route, rather than Javalin trying each in turn
    for (HandlerType method : RouteTable.METHODS) {
      cfg.routes.addHttpHandler(method, config.basePath + "/*", this::dispatch);
    }
    cfg.routes.addHttpHandler(HandlerType.OPTIONS, config.basePath + "/*", this::dispatch);
    // HEAD is GET without the body: the same auth, routing and status, never a 200 of its own
    cfg.routes.addHttpHandler(HandlerType.HEAD, config.basePath + "/*", this::dispatch);
    // what the HTTP layer refuses itself (malformed requests, URI or headers too large) answers like the rest
    cfg.jetty.modifyServer(server -> server.setErrorHandler(new ProtocolErrors(config.errors)));
    cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new ProtocolErrors(config.errors)));
    cfg.routes.exception(Exception.class, this::fail);
    // Javalin maps its own HttpResponseExceptions (e.g. no matching route) unless told otherwise
    cfg.routes.exception(HttpResponseException.class, this::fail);
  }

  /** The API document and the explorer page take their paths first: an API route there would never be reached. */
  private void refuseDocsClash(Builder b) {
    List<String> taken = new ArrayList<>(List.of(DocsRoutes.documentPath("json"), DocsRoutes.documentPath("yaml")));
    if (b.docsPath.startsWith(b.basePath + "/")) {
      taken.add(b.docsPath.substring(b.basePath.length()));
    }
    for (String path : taken) {
      PathRouter.Match match = router.find("GET", path);
      if (match != null && match.handler() != null) {
        throw new IllegalStateException("GET " + b.basePath + path + " is an endpoint of the API and also where the"
            + " server serves its API document or explorer page; give the explorer another docsPath");
      }
    }
  }

  private void dispatch(Context ctx) throws Exception {
    if (auth != null) {
      auth.handle(ctx);   // before routing: an unknown path without a key is 401, as a known one
    }
    String path = ctx.path();
    String method = ctx.method() == HandlerType.HEAD ? "GET" : ctx.method().name();
    PathRouter.Match match = router.find(method, path.substring(config.basePath.length()));
    if (match == null) {
      throw new StatusException(404, "no such path: " + path);
    }
    if (ctx.method() == HandlerType.OPTIONS) {
      // what the path answers, for callers that ask before they call
      ctx.status(204).header("Allow", String.join(", ", new TreeSet<>(match.template().allowed())));
      return;
    }
    if (match.handler() == null) {
      throw new MethodNotAllowedException(method, config.basePath + match.template().path(), match.template().allowed());
    }
    serve(ctx, match.handler(), match.params());
  }

  private void serve(Context ctx, RouteHandler handler, Map<String, String> pathParams) throws Exception {
    ApiRequest request = new ApiRequest(ctx, settings, pathParams);
    // checked before the handler runs, so a bad format parameter never reaches the database
    WireFormats formats = request.outputFormats();
    if (transactions != null && WriteTransactions.writes(ctx.method().name())) {
      WriteTransactions.Rendered rendered = transactions.run(handler, request, formats);
      answer(ctx, request, rendered.response());
      if (rendered.json() != null) {
        ctx.contentType(JSON).result(rendered.json());
      }
      return;
    }
    ApiResponse response = handler.handle(request);
    answer(ctx, request, response);
    if (response.json() != null && ctx.method() != HandlerType.HEAD) {
      // straight into the response (compressed there when the caller accepts it), not through a byte array
      ctx.contentType(JSON);
      WireWriter.write(formats, response.json(), ctx.outputStream());
    } else if (response.json() != null) {
      ctx.contentType(JSON);
    }
  }

  /** The status, the headers and a text body of {@code response}; a JSON body is the caller's to write. */
  private static void answer(Context ctx, ApiRequest request, ApiResponse response) {
    ctx.status(response.status());
    for (Map.Entry<String, String> h : response.headers().entrySet()) {
      String value = h.getKey().equalsIgnoreCase("Location") ? request.absoluteUrl(h.getValue()) : h.getValue();
      ctx.header(h.getKey(), value);
    }
    if (response.text() != null) {
      ctx.contentType(TEXT).result(response.text());
    }
  }

  /** One line per request, after its answer: method, path, status and milliseconds. */
  private static void logRequest(Context ctx, Float millis) {
    if (REQUESTS.isInfoEnabled()) {
      REQUESTS.info("{} {} {} {} ms", ctx.method().name(), ctx.path(), ctx.statusCode(), Math.round(millis));
    }
  }

  private void health(Context ctx) {
    try {
      config.healthCheck.check();
      ctx.contentType(TEXT).result("ok");
    } catch (Exception e) {
      Throwable db = ErrorMapper.databaseUnavailable(e);
      String why = db != null ? ErrorMapper.DATABASE_UNAVAILABLE : "unhealthy: " + e.getMessage();
      ctx.status(503).contentType(ErrorMapper.TEXT).result(why);
    }
  }

  private void fail(Exception e, Context ctx) {
    ErrorMapper.Mapped m = ErrorMapper.map(e, ctx.method().name(), ctx.path());
    if (e instanceof MethodNotAllowedException) {
      ctx.header("Allow", ((MethodNotAllowedException) e).allow());
    }
    if (m.status() == 401 && config.auth != null && !config.auth.scheme().isEmpty()) {
      ctx.header("WWW-Authenticate", config.auth.scheme());
    }
    ErrorMapper.Rendered body = ErrorMapper.render(m, config.errors);
    ctx.status(m.status()).contentType(body.contentType()).result(body.body());
  }

  /** Settings of an {@link ApiServer}; {@link #build()} checks that the required ones are set. */
  public static final class Builder {
    private String basePath;
    private AuthSettings auth;
    private KeyStore keys;
    private boolean withoutAuth;
    private WireSettings wire;
    private PagingSettings paging;
    private ErrorFormat errors = ErrorFormat.TEXT;
    private final List<RouteRegistrar> registrars = new ArrayList<>();
    private String healthPath = "/health";
    private ApiDocs docs = ApiDocs.none();
    private String docsPath = "/docs";
    private HealthCheck healthCheck = () -> {};
    private Db transactions;
    private String host = "0.0.0.0";
    private int port = 8080;
    private Clock clock = Clock.systemDefaultZone();
    private long maxRequestBytes = 20L * 1024 * 1024;
    private Duration stopTimeout = Duration.ofSeconds(10);

    private Builder() {}

    /** The prefix of every API path, e.g. {@code /api/v1}; "" for none. */
    public Builder basePath(String basePath) {
      String p = Objects.requireNonNull(basePath, "basePath");
      if (!p.isEmpty() && !p.startsWith("/")) {
        throw new IllegalArgumentException("basePath must start with '/': " + p);
      }
      this.basePath = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
      return this;
    }

    /** The auth header format and the credentials accepted. */
    public Builder auth(AuthSettings auth, KeyStore keys) {
      this.auth = Objects.requireNonNull(auth, "auth");
      this.keys = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /** Serves without any auth check (tests, or an API without auth). */
    public Builder withoutAuth() {
      this.withoutAuth = true;
      return this;
    }

    public Builder wire(WireSettings wire) {
      this.wire = Objects.requireNonNull(wire, "wire");
      return this;
    }

    public Builder paging(PagingSettings paging) {
      this.paging = Objects.requireNonNull(paging, "paging");
      return this;
    }

    /**
     * The form of error bodies: plain text (the default, for servers wired by hand) or problem+json. Generated
     * servers set it from the spec's {@code errors}.
     */
    public Builder errors(ErrorFormat errors) {
      this.errors = Objects.requireNonNull(errors, "errors");
      return this;
    }

    /** Adds route registrars (generated handlers). */
    public Builder register(RouteRegistrar... registrars) {
      this.registrars.addAll(List.of(registrars));
      return this;
    }

    /** Adds route registrars (generated handlers). */
    public Builder register(List<? extends RouteRegistrar> registrars) {
      this.registrars.addAll(registrars);
      return this;
    }

    /** Path of the health endpoint, outside the base path and without auth; default {@code /health}. */
    public Builder healthPath(String healthPath) {
      this.healthPath = Objects.requireNonNull(healthPath, "healthPath");
      return this;
    }

    /**
     * The OpenAPI document served at {@code <basePath>/openapi.json} and {@code .yaml}, and shown by the explorer
     * page; default none (both answer 404 saying so).
     */
    public Builder docs(ApiDocs docs) {
      this.docs = Objects.requireNonNull(docs, "docs");
      return this;
    }

    /** Path of the explorer page (Swagger UI), without auth; default {@code /docs}. */
    public Builder docsPath(String docsPath) {
      String p = Objects.requireNonNull(docsPath, "docsPath");
      if (!p.startsWith("/") || p.length() < 2 || p.endsWith("/")) {
        throw new IllegalArgumentException("docsPath must start with '/' and not end with it: " + p);
      }
      this.docsPath = p;
      return this;
    }

    /** What the health endpoint checks; default nothing. */
    public Builder healthCheck(HealthCheck healthCheck) {
      this.healthCheck = Objects.requireNonNull(healthCheck, "healthCheck");
      return this;
    }

    /**
     * Runs every write request (POST, PUT, PATCH, DELETE) in one transaction of {@code db}, the database the
     * handlers' DAOs share: a request answered with an error (thrown, or returned with a status of 400 or more)
     * leaves nothing written. Without it each statement commits on its own.
     */
    public Builder transactions(Db db) {
      this.transactions = Objects.requireNonNull(db, "db");
      return this;
    }

    /** Interface to listen on; default {@code 0.0.0.0}. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** Port to listen on; 0 picks a free one. Default 8080. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** The clock behind {@link ApiRequest#serverTime()}; default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Largest request body accepted; default 20 MiB (bodies carry base64 files). */
    public Builder maxRequestBytes(long maxRequestBytes) {
      this.maxRequestBytes = maxRequestBytes;
      return this;
    }

    /** How long {@link ApiServer#stop()} waits for running requests; default 10 s. */
    public Builder stopTimeout(Duration stopTimeout) {
      this.stopTimeout = Objects.requireNonNull(stopTimeout, "stopTimeout");
      return this;
    }

    /** @throws IllegalStateException naming the missing settings */
    public ApiServer build() {
      List<String> missing = new ArrayList<>();
      if (basePath == null) {
        missing.add("basePath");
      }
      if (wire == null) {
        missing.add("wire");
      }
      if (paging == null) {
        missing.add("paging");
      }
      if (auth == null && !withoutAuth) {
        missing.add("auth (or withoutAuth())");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("ApiServer needs " + String.join(", ", missing));
      }
      if (healthPath.startsWith(basePath + "/") && !basePath.isEmpty()) {
        throw new IllegalStateException("healthPath must be outside the base path: " + healthPath);
      }
      return new ApiServer(this);
    }
  }
}
