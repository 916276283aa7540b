package dev.odgen.samples.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** JSON calls to the demo server with the demo key pair, for tests that check statuses and bodies as sent. */
final class ApiCalls {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A status and the body as JSON (a text node when it is not JSON). */
  record Reply(int status, JsonNode body) {
    long id(String name) {
      return body.path(name).asLong();
    }
  }

  private ApiCalls() {}

  static Reply get(String pathAndQuery) {
    return send("GET", pathAndQuery, null);
  }

  static Reply post(String path, String json) {
    return send("POST", path, json);
  }

  static Reply put(String path, String json) {
    return send("PUT", path, json);
  }

  static Reply send(String method, String pathAndQuery, String json) {
    return send(DemoServer.app(), method, pathAndQuery, json);
  }

  /** A call to {@code app} rather than the shared demo server. */
  static Reply send(OpenDentalApp app, String method, String pathAndQuery, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + pathAndQuery))
        .header("Authorization", "ODFHIR " + ApiKeys.DEMO_DEVELOPER_KEY + "/" + ApiKeys.DEMO_CUSTOMER_KEY);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode body;
      try {
        body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
      } catch (IOException e) {
        body = JSON.getNodeFactory().textNode(response.body());
      }
      return new Reply(response.statusCode(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
