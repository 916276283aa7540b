package dev.odgen.codegen.compile;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.zaxxer.hikari.HikariDataSource;
import dev.odgen.codegen.Codegen;
import dev.odgen.codegen.CodegenRequest;
import dev.odgen.codegen.testing.CompileCheck;
import dev.odgen.runtime.jdbc.DataSources;
import dev.odgen.runtime.server.KeyStore;
import dev.odgen.spec.SpecLoader;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.yaml.SpecSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Auth as the spec says, on both ends. A spec without {@code auth:} gives an open server: it builds without keys, has no way to set any, and serves
 * every caller, with none of Open Dental's habits (null for what was not given, problem+json errors).
 */
class OpenServerTest {

  private static final List<SpecSource> SPEC = List.of(
      new SpecSource("notes/api.yaml", """
          api:
            name: NoteBook
            basePath: /api
            package: com.example.notes
          """),
      new SpecSource("notes/notes.yaml", """
          resource: Notes
          entity: Note
          path: /notes
          table: note
          id: noteId
          fields:
            - {name: noteId, type: id}
            - {name: text, type: string}
            - {name: due, type: date}
          operations:
            get: {}
            list: {}
            create: {required: [text], optional: [due]}
          """));

  @Test
  void aSpecWithoutAuthServesEveryCaller() throws Exception {
    ApiModel model = SpecLoader.load(SPEC, "notes");
    Compilation compilation = CompileCheck.compile(
        new Codegen().emit(model, "notes", CodegenRequest.builder(Path.of("unused")).spec(Path.of("notes")).build()));
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader classes = CompileCheck.classLoader(compilation);
    Class<?> facade = classes.loadClass("com.example.notes.server.NoteBookServer");
    Object builder = facade.getMethod("builder").invoke(null);
    Class<?> builderType = builder.getClass();
    assertThrows(NoSuchMethodException.class, () -> builderType.getMethod("keys",
        classes.loadClass("dev.odgen.runtime.server.KeyStore")), "no keys to give an API without auth");
    assertThrows(NoSuchFieldException.class, () -> facade.getField("AUTH"));
    try (HikariDataSource database = DataSources.h2InMemory("open-server-test")) {
      builderType.getMethod("dataSource", DataSource.class).invoke(builder, database);
      builderType.getMethod("host", String.class).invoke(builder, "127.0.0.1");
      builderType.getMethod("port", int.class).invoke(builder, 0);
      Object server = facade.getMethod("start").invoke(builderType.getMethod("build").invoke(builder));
      try {
        String base = (String) facade.getMethod("baseUrl").invoke(server);
        HttpResponse<String> created = send("POST", base + "/notes", "{\"text\":\"buy milk\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().matches("\\{\"noteId\":1,\"text\":\"buy milk\",\"due\":null}"), created.body());
        assertEquals(200, send("GET", base + "/notes/1", null).statusCode());
        HttpResponse<String> missing = send("POST", base + "/notes", "{}");
        assertEquals(400, missing.statusCode());
        assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(missing.body().contains("\"fields\":[\"text\"]"), missing.body());
      } finally {
        facade.getMethod("stop").invoke(server);
      }
    }
  }

  /** The other end of auth: an API key alone in a header of the spec's naming, sent by the generated client. */
  @Test
  void anApiKeyTravelsInItsHeaderFromClientToServer() throws Exception {
    List<SpecSource> spec = List.of(
        new SpecSource("notes/api.yaml", SPEC.get(0).text() + "auth: {type: apiKey, header: X-Notes-Key}\n"),
        SPEC.get(1));
    Compilation compilation = CompileCheck.compile(new Codegen().emit(SpecLoader.load(spec, "notes"), "notes",
        CodegenRequest.builder(Path.of("unused")).spec(Path.of("notes")).build()));
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader classes = CompileCheck.classLoader(compilation);
    Class<?> facade = classes.loadClass("com.example.notes.server.NoteBookServer");
    Object builder = facade.getMethod("builder").invoke(null);
    Class<?> builderType = builder.getClass();
    try (HikariDataSource database = DataSources.h2InMemory("api-key-server-test")) {
      builderType.getMethod("dataSource", DataSource.class).invoke(builder, database);
      builderType.getMethod("keys", KeyStore.class).invoke(builder, KeyStore.ofKeys("k-123"));
      builderType.getMethod("host", String.class).invoke(builder, "127.0.0.1");
      builderType.getMethod("port", int.class).invoke(builder, 0);
      Object server = facade.getMethod("start").invoke(builderType.getMethod("build").invoke(builder));
      try {
        String base = (String) facade.getMethod("baseUrl").invoke(server);
        HttpResponse<String> refused = send("GET", base + "/notes", null);
        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("X-Notes-Key header is missing; send 'X-Notes-Key: {apiKey}'"),
            refused.body());
        assertTrue(refused.headers().firstValue("WWW-Authenticate").isEmpty(), "no scheme to name");

        Class<?> clientFacade = classes.loadClass("com.example.notes.client.NoteBookClient");
        Object clientBuilder = clientFacade.getMethod("builder").invoke(null);
        clientBuilder.getClass().getMethod("baseUrl", String.class).invoke(clientBuilder, base);
        clientBuilder.getClass().getMethod("apiKey", String.class).invoke(clientBuilder, "k-123");
        Object client = clientBuilder.getClass().getMethod("build").invoke(clientBuilder);
        Object notes = clientFacade.getMethod("notes").invoke(client);
        assertEquals(List.of(), notes.getClass().getMethod("list").invoke(notes));
      } finally {
        facade.getMethod("stop").invoke(server);
      }
    }
  }

  private static HttpResponse<String> send(String method, String url, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
