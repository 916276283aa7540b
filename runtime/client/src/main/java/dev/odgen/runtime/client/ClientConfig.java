package dev.odgen.runtime.client;

import dev.odgen.runtime.wire.AuthSettings;
import dev.odgen.runtime.wire.WireSettings;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Everything an {@link HttpTransport} needs: where the API is, who calls, the wire formats,
 * timeouts, retries and the rate limit. Build one with {@link #builder(URI)}:
 *
 * <pre>{@code
 * ClientConfig config = ClientConfig.builder(URI.create("https://api.example.com/api/v1"))
 *     .auth(authSettings, List.of(developerKey, customerKey))
 *     .wire(wireSettings)
 *     .rateLimit(RateLimiter.perKeyMillis(1000), "customerKey")
 *     .build();
 * }</pre>
 *
 * @param baseUri the API's base URL including its base path, e.g. {@code
 *     https://api.example.com/api/v1}
 * @param auth the auth header format, or {@code null} for an API without auth
 * @param credentials the credentials for the header, in order
 * @param wire the wire formats bodies and query parameters are written in
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long one attempt of a call may take in all, headers and body: a body that
 *     stalls fails the call with {@link ApiTimeoutException} when the time is up
 * @param maxResponseBytes the largest response body read; a larger one fails the call with {@link
 *     ApiResponseTooLargeException} after that many bytes (or at once, when its Content-Length says so)
 * @param retry how idempotent calls are retried
 * @param rateLimiter spaces calls, or {@code null} for no limit
 * @param rateLimitKey the key calls are spaced by (the value of the credential named in {@link
 *     Builder#rateLimit}), or {@code null}
 * @param timekeeper clocks and sleeping (fake in tests)
 * @param random the source of retry jitter, values in [0, 1)
 */
public record ClientConfig(
    URI baseUri,
    AuthSettings auth,
    List<String> credentials,
    WireSettings wire,
    Duration connectTimeout,
    Duration requestTimeout,
    long maxResponseBytes,
    RetryPolicy retry,
    RateLimiter rateLimiter,
    String rateLimitKey,
    Timekeeper timekeeper,
    DoubleSupplier random) {

  public ClientConfig {
    Objects.requireNonNull(baseUri, "baseUri");
    credentials = List.copyOf(credentials);
    Objects.requireNonNull(wire, "wire");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("requestTimeout must be positive: " + requestTimeout);
    }
    if (maxResponseBytes < 1) {
      throw new IllegalArgumentException("maxResponseBytes must be positive: " + maxResponseBytes);
    }
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(timekeeper, "timekeeper");
    Objects.requireNonNull(random, "random");
    if (auth != null) {
      auth.headerValue(credentials); // fails now, not on the first call, when the count is wrong
    }
  }

  /** The default of {@link Builder#maxResponseBytes}: 64 MiB (a document travels base64-encoded in JSON). */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

  /**
   * A builder for {@code baseUri} with defaults: 10 s connect, 60 s per request, responses up to 64 MiB, default
   * retries, no rate limit.
   */
  public static Builder builder(URI baseUri) {
    return new Builder(baseUri);
  }

  /** A builder for {@code baseUrl}. */
  public static Builder builder(String baseUrl) {
    return new Builder(URI.create(baseUrl));
  }

  /** Builds a {@link ClientConfig}. */
  public static final class Builder {
    private final URI baseUri;
    private AuthSettings auth;
    private List<String> credentials = List.of();
    private WireSettings wire;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private RetryPolicy retry = RetryPolicy.defaults();
    private RateLimiter rateLimiter;
    private String rateLimitPer;
    private Timekeeper timekeeper = Timekeeper.system();
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    private Builder(URI baseUri) {
      this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
    }

    /** The auth header format and the caller's credentials, in the order the header takes them. */
    public Builder auth(AuthSettings auth, List<String> credentials) {
      this.auth = Objects.requireNonNull(auth, "auth");
      this.credentials = new ArrayList<>(credentials);
      return this;
    }

    public Builder wire(WireSettings wire) {
      this.wire = wire;
      return this;
    }

    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    /** How long one attempt of a call may take in all: connection, headers and the whole body. */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = requestTimeout;
      return this;
    }

    /** The largest response body read, in bytes. */
    public Builder maxResponseBytes(long maxResponseBytes) {
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    public Builder retry(RetryPolicy retry) {
      this.retry = retry;
      return this;
    }

    /**
     * Spaces calls with {@code limiter}, keyed by the credential named {@code perCredential}
     * (e.g. {@code customerKey}).
     */
    public Builder rateLimit(RateLimiter limiter, String perCredential) {
      this.rateLimiter = Objects.requireNonNull(limiter, "limiter");
      this.rateLimitPer = Objects.requireNonNull(perCredential, "perCredential");
      return this;
    }

    public Builder timekeeper(Timekeeper timekeeper) {
      this.timekeeper = timekeeper;
      return this;
    }

    /** The source of retry jitter; values in [0, 1). */
    public Builder random(DoubleSupplier random) {
      this.random = random;
      return this;
    }

    /** @throws IllegalArgumentException when the settings do not fit together */
    public ClientConfig build() {
      String key = null;
      if (rateLimiter != null) {
        int index = auth == null ? -1 : auth.credentialNames().indexOf(rateLimitPer);
        if (index < 0 || index >= credentials.size()) {
          throw new IllegalArgumentException(
              "rate limit per '" + rateLimitPer + "': not one of the credentials "
                  + (auth == null ? "[]" : auth.credentialNames()));
        }
        key = credentials.get(index);
      }
      return new ClientConfig(
          baseUri, auth, credentials, wire, connectTimeout, requestTimeout, maxResponseBytes, retry, rateLimiter, key,
          timekeeper, random);
    }
  }
}
