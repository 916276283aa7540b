package dev.odgen.samples.app.files;

import dev.odgen.runtime.server.BadRequestException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Fetches a document for {@code POST /documents/SetByUrl}: http and https only, at most {@code maxBytes} (larger
 * bodies are cut off and refused, whatever Content-Length says), within {@code timeout} to connect and to answer;
 * redirects are followed only to http(s). Every failure is a 400 naming {@code url}.
 */
public final class UrlFetcher {
  /** What was fetched: the body and its content type. */
  public record Fetched(byte[] body, String contentType) {}

  private final Duration timeout;
  private final long maxBytes;
  private final HttpClient http;

  public UrlFetcher(Duration timeout, long maxBytes) {
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  public static UrlFetcher defaults() {
    return new UrlFetcher(Duration.ofSeconds(20), DocumentStore.MAX_BYTES);
  }

  /** The checked URI: absolute, http or https, with a host. */
  public static URI check(String url) {
    URI uri;
    try {
      uri = new URI(url == null ? "" : url.strip());
    } catch (URISyntaxException e) {
      throw new BadRequestException("url: not a URL: " + e.getMessage(), List.of("url"));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new BadRequestException("url: only http and https URLs are fetched, not "
          + (scheme.isEmpty() ? "a URL without a scheme" : scheme + ":"), List.of("url"));
    }
    if (uri.getHost() == null) {
      throw new BadRequestException("url: the URL has no host", List.of("url"));
    }
    return uri;
  }

  public Fetched fetch(String url) {
    URI uri = check(url);
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
    try {
      HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        if (response.statusCode() / 100 != 2) {
          throw new BadRequestException("url: the server answered " + response.statusCode(), List.of("url"));
        }
        if (!response.uri().getScheme().startsWith("http")) {
          throw new BadRequestException("url: redirected away from http(s)", List.of("url"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
          total += n;
          if (total > maxBytes) {
            throw new BadRequestException("url: the document is larger than " + maxBytes + " bytes", List.of("url"));
          }
          out.write(buffer, 0, n);
        }
        return new Fetched(out.toByteArray(), response.headers().firstValue("Content-Type").orElse(""));
      }
    } catch (HttpTimeoutException e) {
      throw new BadRequestException("url: no answer within " + timeout.toSeconds() + " seconds", List.of("url"));
    } catch (IOException e) {
      throw new BadRequestException("url: cannot fetch it: " + (e.getMessage() == null ? e.getClass().getSimpleName()
          : e.getMessage()), List.of("url"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadRequestException("url: the fetch was interrupted", List.of("url"));
    }
  }
}
