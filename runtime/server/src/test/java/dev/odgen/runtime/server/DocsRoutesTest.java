package dev.odgen.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.testing.Settings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API document and the explorer page: served without credentials, from the classpath, and only those files. */
class DocsRoutesTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static ApiServer withDocs;
  private static ApiServer withoutDocs;

  @BeforeAll
  static void start() {
    withDocs = server(ApiDocs.onClasspath(DocsRoutesTest.class, "/dev/odgen/runtime/server/docs/openapi"));
    withoutDocs = server(ApiDocs.onClasspath(DocsRoutesTest.class, "/no/such/openapi"));
  }

  private static ApiServer server(ApiDocs docs) {
    return ApiServer.builder()
        .basePath("/api/v1")
        .auth(Settings.AUTH, KeyStore.parse("dev1/cust1\n", Settings.AUTH))
        .wire(Settings.WIRE)
        .paging(Settings.PAGING)
        .register(r -> r.get("/patients", req -> ApiResponse.text(200, "patients")))
        .docs(docs)
        .host("127.0.0.1")
        .port(0)
        .build()
        .start();
  }

  @AfterAll
  static void stop() {
    withDocs.stop();
    withoutDocs.stop();
  }

  private static HttpResponse<String> get(ApiServer server, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void documentIsServedAsJsonAndYamlWithoutCredentials() throws Exception {
    HttpResponse<String> json = get(withDocs, "/api/v1/openapi.json");
    assertEquals(200, json.statusCode(), json.body());
    assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertTrue(json.body().contains("\"title\": \"Test API\""), json.body());
    HttpResponse<String> yaml = get(withDocs, "/api/v1/openapi.yaml");
    assertEquals(200, yaml.statusCode(), yaml.body());
    assertTrue(yaml.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"));
    assertTrue(yaml.body().startsWith("openapi: 3.1.0"), yaml.body());
  }

  @Test
  void theApiItselfStillNeedsCredentials() throws Exception {
    assertEquals(401, get(withDocs, "/api/v1/patients").statusCode());
    assertEquals(401, get(withDocs, "/api/v1/openapi.xml").statusCode());
  }

  @Test
  void explorerPageLoadsSwaggerUiFromTheServerItself() throws Exception {
    HttpResponse<String> page = get(withDocs, "/docs");
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("src=\"/docs/swagger-ui-bundle.js\""), page.body());
    assertTrue(page.body().contains("url: \"/api/v1/openapi.json\""), page.body());
    assertTrue(!page.body().contains("http"), "the page must load nothing from elsewhere: " + page.body());
    HttpResponse<String> script = get(withDocs, "/docs/swagger-ui-bundle.js");
    assertEquals(200, script.statusCode());
    assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    assertTrue(script.body().length() > 100_000, "the whole bundle");
    assertEquals(200, get(withDocs, "/docs/swagger-ui.css").statusCode());
  }

  @Test
  void onlyTheFilesThePageUsesAreServed() throws Exception {
    for (String path : new String[] {"/docs/index.html", "/docs/..%2Fpom.properties", "/docs/swagger-initializer.js"}) {
      HttpResponse<String> r = get(withDocs, path);
      assertEquals(404, r.statusCode(), path + ": " + r.body());
    }
  }

  @Test
  void serverWithoutItsDocumentSaysWhatIsMissing() throws Exception {
    HttpResponse<String> json = get(withoutDocs, "/api/v1/openapi.json");
    assertEquals(404, json.statusCode());
    assertEquals("this server has no API document: /no/such/openapi.json is not on its classpath"
        + " (generate kind openapi and put its output on the classpath)", json.body());
    HttpResponse<String> page = get(withoutDocs, "/docs");
    assertEquals(404, page.statusCode());
    assertTrue(page.body().startsWith("no explorer: "), page.body());
  }

  @Test
  void anApiEndpointWhereTheDocumentIsServedIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ApiServer.builder()
        .basePath("")
        .withoutAuth()
        .wire(Settings.WIRE)
        .paging(Settings.PAGING)
        .register(r -> r.get("/docs", req -> ApiResponse.text(200, "mine")))
        .build());
    assertTrue(e.getMessage().startsWith("GET /docs is an endpoint of the API"), e.getMessage());
  }
}
