package dev.odgen.codegen.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.odgen.runtime.jdbc.DataSources;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.sql.DataSource;

/**
 * Starts the whole generated Open Dental server over an empty in-memory H2 database: every table is created,
 * every route registers without a clash, and a few calls answer as the API does.
 */
final class OpenDentalSmoke {

  private OpenDentalSmoke() {}

  static void verify(ClassLoader classes) throws Exception {
    Class<?> facade = classes.loadClass("dev.odgen.opendental.server.OpenDentalServer");
    try (HikariDataSource database = DataSources.h2InMemory("open-dental-smoke")) {
      Object builder = facade.getMethod("builder").invoke(null);
      builder.getClass().getMethod("dataSource", DataSource.class).invoke(builder, database);
      builder.getClass().getMethod("withoutAuth").invoke(builder);
      builder.getClass().getMethod("host", String.class).invoke(builder, "127.0.0.1");
      builder.getClass().getMethod("port", int.class).invoke(builder, 0);
      Object server = builder.getClass().getMethod("build").invoke(builder);
      Method stop = facade.getMethod("stop");
      try {
        facade.getMethod("start").invoke(server);
        String base = (String) facade.getMethod("baseUrl").invoke(server);
        HttpResponse<String> created = send(base + "/patients", "POST", "{\"LName\":\"Smoke\",\"FName\":\"Test\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().startsWith("{\"PatNum\":1,"), created.body());
        assertEquals(200, send(base + "/patients/1", "GET", null).statusCode());
        HttpResponse<String> appointments = send(base + "/appointments?PatNum=1", "GET", null);
        assertEquals("[]", appointments.body());
        assertEquals(501, send(base + "/appointments/Slots", "GET", null).statusCode());
        assertEquals(410, send(base + "/payplans", "POST", "{\"PatNum\":1}").statusCode());
      } finally {
        stop.invoke(server);
      }
    }
  }

  private static HttpResponse<String> send(String url, String method, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
