package dev.odgen.samples.app.events;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Sends one Database Event: a POST of a JSON array to the subscription's EndPointUrl with the headers the API
 * Service sends ({@code Authorization} = the bare customer key, {@code Workstation}, {@code Event-Type}). Every way
 * the call can go wrong comes back as a {@link Delivery} with a short reason, never as an exception.
 */
final class Webhook {
  private final HttpClient http;
  private final Duration requestTimeout;
  private final String workstation;

  Webhook(Duration connectTimeout, Duration requestTimeout, String workstation) {
    // plain HTTP/1.1 (no h2c upgrade offered to arbitrary endpoints); redirects are not followed: a 3xx is not an
    // accepted event, as with any other non-2xx answer
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .build();
    this.requestTimeout = requestTimeout;
    this.workstation = workstation;
  }

  Delivery post(String endPointUrl, String customerKey, String watchTable, byte[] json) {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create(endPointUrl.trim()))
          .timeout(requestTimeout)
          .header("Content-Type", "application/json; charset=utf-8")
          .header("Authorization", customerKey == null ? "" : customerKey)
          .header("Workstation", workstation)
          .header("Event-Type", "WatchTable: " + watchTable)
          .POST(HttpRequest.BodyPublishers.ofByteArray(json))
          .build();
    } catch (IllegalArgumentException e) {
      return Delivery.failed("EndPointUrl is not an http(s) URL: " + e.getMessage());
    }
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status / 100 == 2 ? Delivery.ACCEPTED : Delivery.failed("answered HTTP " + status);
    } catch (HttpTimeoutException e) {
      return Delivery.failed("no answer within " + requestTimeout.toMillis() + " ms");
    } catch (IOException e) {
      return Delivery.failed(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Delivery.failed("interrupted: the server is stopping");
    }
  }
}
