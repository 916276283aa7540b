package dev.odgen.runtime.client;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** 429 Too Many Requests, after any retries the policy allowed; carries the server's Retry-After. */
public class ApiRateLimitedException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public ApiRateLimitedException(String method, URI uri, String explanation, Duration retryAfter) {
    super(429, method, uri, explanation, null);
    this.retryAfter = retryAfter;
  }

  /** The exception for an answer that said {@code body}. */
  public ApiRateLimitedException(String method, URI uri, ErrorBody body, Duration retryAfter) {
    super(429, method, uri, body, null);
    this.retryAfter = retryAfter;
  }

  /** How long the server asked to wait, if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
