package dev.odgen.runtime.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The API document at {@code <basePath>/openapi.json} and {@code .yaml}, and the explorer page at the docs path
 * ({@code /docs}): Swagger UI from its webjar on the classpath, so the page works with no internet. Neither needs
 * credentials: the page asks for them (Authorize) and sends them with the requests it tries out.
 */
final class DocsRoutes {

  private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
  private static final String WEBJAR_VERSION = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
  /** The only files of the webjar the page uses, with their content types. */
  private static final Map<String, String> ASSETS = Map.of(
      "swagger-ui.css", "text/css; charset=utf-8",
      "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
      "favicon-32x32.png", "image/png",
      "favicon-16x16.png", "image/png");
  private static final Map<String, String> DOCUMENT_TYPES = Map.of(
      "json", "application/json; charset=utf-8",
      "yaml", "application/yaml; charset=utf-8");
  private static final String TEXT = "text/plain; charset=utf-8";

  private final String basePath;
  private final String docsPath;
  private final ApiDocs docs;
  private final Optional<String> webjarVersion;

  DocsRoutes(String basePath, String docsPath, ApiDocs docs) {
    this.basePath = basePath;
    this.docsPath = docsPath;
    this.docs = docs;
    this.webjarVersion = webjarVersion();
  }

  /** The paths these routes take, so the server can tell them apart from the API's own. */
  static String documentPath(String extension) {
    return "/openapi." + extension;
  }

  void register(JavalinConfig cfg) {
    for (String extension : DOCUMENT_TYPES.keySet()) {
      cfg.routes.get(basePath + documentPath(extension), ctx -> document(ctx, extension));
    }
    cfg.routes.get(docsPath, this::page);
    cfg.routes.get(docsPath + "/", this::page);
    cfg.routes.get(docsPath + "/{asset}", this::asset);
  }

  private void document(Context ctx, String extension) {
    Optional<byte[]> bytes = docs.read(extension);
    if (bytes.isEmpty()) {
      ctx.status(404).contentType(TEXT).result(docs.missing(extension));
      return;
    }
    ctx.contentType(DOCUMENT_TYPES.get(extension)).result(bytes.get());
  }

  private void page(Context ctx) {
    if (docs.read("json").isEmpty()) {
      ctx.status(404).contentType(TEXT).result("no explorer: " + docs.missing("json"));
      return;
    }
    if (webjarVersion.isEmpty()) {
      ctx.status(404).contentType(TEXT).result(
          "no explorer: it needs Swagger UI's webjar (org.webjars:swagger-ui) on the classpath");
      return;
    }
    ctx.contentType("text/html; charset=utf-8").result(ExplorerPage.html(docsPath, basePath + documentPath("json")));
  }

  private void asset(Context ctx) {
    String name = ctx.pathParam("asset");
    String type = ASSETS.get(name);
    InputStream in = type == null || webjarVersion.isEmpty() ? null
        : DocsRoutes.class.getClassLoader().getResourceAsStream(WEBJAR + webjarVersion.get() + "/" + name);
    if (in == null) {
      ctx.status(404).contentType(TEXT).result("no such file: " + ctx.path());
      return;
    }
    ctx.header("Cache-Control", "public, max-age=3600").contentType(type).result(in);
  }

  private static Optional<String> webjarVersion() {
    try (InputStream in = DocsRoutes.class.getClassLoader().getResourceAsStream(WEBJAR_VERSION)) {
      if (in == null) {
        return Optional.empty();
      }
      Properties properties = new Properties();
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      return Optional.ofNullable(properties.getProperty("version"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + WEBJAR_VERSION, e);
    }
  }
}
