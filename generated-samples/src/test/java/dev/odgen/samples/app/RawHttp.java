package dev.odgen.samples.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP calls for what the typed client cannot send (wrong types, no auth) and for the health endpoint. */
final class RawHttp {
  /** Status and body of a response. */
  record Answer(int status, String body) {
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private RawHttp() {
  }

  /** GET {@code url} with the demo key pair. */
  static Answer get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "ODFHIR " + ApiKeys.DEMO_DEVELOPER_KEY + "/" + ApiKeys.DEMO_CUSTOMER_KEY)
        .GET().build());
  }

  /** GET {@code url} without credentials. */
  static Answer getAnonymous(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
  }

  static Answer getWithAuth(String url, String authorization) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).GET().build());
  }

  private static Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
