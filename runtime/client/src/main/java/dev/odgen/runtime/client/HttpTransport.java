package dev.odgen.runtime.client;

import dev.odgen.runtime.wire.JsonBody;
import dev.odgen.runtime.wire.WireFormats;
import dev.odgen.runtime.wire.WireWriter;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends calls to the API over {@link HttpClient}: adds the auth header and JSON content type,
 * writes bodies and query parameters in the wire formats, spaces calls with the rate limiter,
 * retries idempotent calls, and turns error statuses into {@link ApiException}s (from plain-text and
 * problem+json answers alike). Thread-safe;
 * share one per configuration.
 *
 * <p>Every attempt has a deadline for the whole exchange, body included ({@link
 * ClientConfig#requestTimeout()}), and reads at most {@link ClientConfig#maxResponseBytes()} of body.
 * Only 2xx is success: a 3xx is an {@link ApiException} saying where the server points, since a
 * redirect the client followed could carry the credentials elsewhere.
 *
 * <p>Retries, up to the policy's attempts, waiting the backoff or the server's {@code Retry-After}:
 * GET, PUT and DELETE through {@link #send} are retried on connection errors and timeouts, 429 and
 * any 5xx. POST, and calls through {@link #sendOnce}, must not run twice, so they are retried only
 * when the request surely did nothing: on 429 (the throttle refused it) and when no connection
 * could be made. Every try, retries included, passes the rate limiter.
 */
public final class HttpTransport {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "PUT", "DELETE");
  private static final String JSON = "application/json";

  private final ClientConfig config;
  private final HttpClient http;
  private final WireFormats formats;
  private final String base;

  public HttpTransport(ClientConfig config) {
    this(config, HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build());
  }

  /** Uses {@code http} as given (for custom TLS, proxies or executors). */
  public HttpTransport(ClientConfig config, HttpClient http) {
    this.config = config;
    this.http = http;
    this.formats = config.wire().formats();
    String b = config.baseUri().toString();
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
  }

  /** The wire formats of bodies and parameters. */
  public WireFormats formats() {
    return formats;
  }

  /** New, empty query parameters in this API's formats. */
  public QueryParams query() {
    return new QueryParams(formats);
  }

  public Response get(String path) {
    return send("GET", path, null, null);
  }

  public Response get(String path, QueryParams query) {
    return send("GET", path, query, null);
  }

  public Response post(String path, JsonBody body) {
    return send("POST", path, null, body);
  }

  public Response post(String path, QueryParams query, JsonBody body) {
    return send("POST", path, query, body);
  }

  public Response put(String path, JsonBody body) {
    return send("PUT", path, null, body);
  }

  public Response put(String path, QueryParams query, JsonBody body) {
    return send("PUT", path, query, body);
  }

  public Response delete(String path) {
    return send("DELETE", path, null, null);
  }

  public Response delete(String path, QueryParams query) {
    return send("DELETE", path, query, null);
  }

  /**
   * Sends one call (with retries as described above).
   *
   * @param path relative to the base URL, starting with {@code /}; encode string segments with
   *     {@link QueryParams#percentEncode}
   * @param query parameters, or {@code null}
   * @param body the JSON body, or {@code null} for none
   * @return the 2xx response
   * @throws ApiException for an error status (the subclass for it) or when no response came
   */
  public Response send(String method, String path, QueryParams query, JsonBody body) {
    return send(method, path, query, body, IDEMPOTENT.contains(method));
  }

  /**
   * Sends a call that must not run twice, whatever its method (e.g. a PUT that appends to a note):
   * retried only on 429 and when no connection could be made, never after the request may have
   * reached the application.
   */
  public Response sendOnce(String method, String path, QueryParams query, JsonBody body) {
    return send(method, path, query, body, false);
  }

  private Response send(String method, String path, QueryParams query, JsonBody body, boolean idempotent) {
    URI uri = uri(path, query);
    HttpRequest request = request(method, uri, body);
    RetryPolicy policy = config.retry();
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt >= policy.maxAttempts();
      Duration wait;
      try {
        pace();
        HttpResponse<byte[]> r = exchange(request);
        int status = r.statusCode();
        if (status >= 200 && status < 300) {
          return new Response(status, r.headers(), r.body(), method, uri, formats);
        }
        if (status < 400) {   // 1xx or 3xx: nothing was done
          throw new ApiException(status, method, uri, redirected(status, r), null);
        }
        Duration retryAfter = retryAfter(r);
        boolean retryable = status == 429 || (idempotent && status >= 500);
        if (last || !retryable || (retryAfter != null && retryAfter.compareTo(policy.maxBackoff()) > 0)) {
          ErrorBody error = ErrorBody.of(r.headers().firstValue("Content-Type").orElse(null), r.body());
          throw ApiException.forStatus(status, method, uri, error, retryAfter);
        }
        wait = retryAfter != null ? retryAfter : policy.backoff(attempt, config.random().getAsDouble());
      } catch (CappedBody.TooLarge e) {
        throw new ApiResponseTooLargeException(e.status, method, uri, e.getMessage(), e);
      } catch (IOException e) {
        if (last || !(idempotent || neverSent(e))) {
          throw e instanceof HttpTimeoutException
              ? new ApiTimeoutException(method, uri, "timeout: " + e.getMessage(), e)
              : new ApiConnectionException(method, uri, describe(e), e);
        }
        wait = policy.backoff(attempt, config.random().getAsDouble());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiConnectionException(method, uri, "interrupted", e);
      }
      sleep(wait, method, uri);
    }
  }

  /**
   * One attempt, bounded as a whole: {@code HttpRequest.timeout} covers only the wait for the headers, so
   * the body is waited for here, and the exchange is cancelled when the time is up.
   */
  private HttpResponse<byte[]> exchange(HttpRequest request) throws IOException, InterruptedException {
    CompletableFuture<HttpResponse<byte[]>> call =
        http.sendAsync(request, CappedBody.handler(config.maxResponseBytes()));
    try {
      return call.get(config.requestTimeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      call.cancel(true);
      throw new HttpTimeoutException("no complete response within " + config.requestTimeout().toMillis()
          + " ms (requestTimeout)");
    } catch (InterruptedException e) {
      call.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException(cause == null ? "the exchange failed" : cause.toString(), cause);
    }
  }

  /** What a caller reads when the server answered 1xx or 3xx instead of doing the call. */
  private static String redirected(int status, HttpResponse<?> r) {
    String location = r.headers().firstValue("Location").orElse(null);
    if (status >= 300 && location != null) {
      return "the server redirects to " + location + "; the client does not follow redirects (they could take the"
          + " credentials elsewhere): use that address as the base URL if it is the API";
    }
    return "the server answered " + status + ", which is not a result; the call was not done";
  }

  /** Whether the request failed before any of it left: no connection could be made. */
  private static boolean neverSent(IOException e) {
    return e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
  }

  private void pace() throws InterruptedException {
    if (config.rateLimiter() != null) {
      config.rateLimiter().acquire(config.rateLimitKey());
    }
  }

  private void sleep(Duration wait, String method, URI uri) {
    try {
      config.timekeeper().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiConnectionException(method, uri, "interrupted", e);
    }
  }

  private URI uri(String path, QueryParams query) {
    String q = query == null || query.isEmpty() ? "" : "?" + query.encode();
    return URI.create(base + path + q);
  }

  private HttpRequest request(String method, URI uri, JsonBody body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(config.requestTimeout()).header("Accept", JSON);
    if (config.auth() != null) {
      b.header(config.auth().header(), config.auth().headerValue(config.credentials()));
    }
    if (body != null) {
      b.header("Content-Type", JSON);
      b.method(method, HttpRequest.BodyPublishers.ofByteArray(WireWriter.toBytes(formats, body)));
    } else if (method.equals("POST") || method.equals("PUT")) {
      b.header("Content-Type", JSON);
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return b.build();
  }

  /** The server's Retry-After (seconds or an HTTP date), or {@code null}. */
  private Duration retryAfter(HttpResponse<?> r) {
    String value = r.headers().firstValue("Retry-After").orElse(null);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
    } catch (NumberFormatException e) {
      try {
        Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(config.timekeeper().now(), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException ignored) {
        return null;
      }
    }
  }

  private static String describe(IOException e) {
    String type = e.getClass().getSimpleName().replace("Exception", "").toLowerCase(Locale.ROOT);
    return e.getMessage() == null ? type : type + ": " + e.getMessage();
  }
}
