package dev.odgen.runtime.client;

import java.net.URI;
import java.time.Duration;

/**
 * A call failed. {@link #status()} is the HTTP status (0 when no response arrived, see {@link
 * ApiConnectionException}); {@link #explanation()} is the server's plain-text explanation.
 * Subclasses let callers catch the common cases: {@link ApiBadRequestException} (400), {@link
 * ApiUnauthorizedException} (401), {@link ApiNotFoundException} (404), {@link
 * ApiRateLimitedException} (429), {@link ApiServerException} (5xx).
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String method;
  private final transient URI uri;
  private final String explanation;

  public ApiException(int status, String method, URI uri, String explanation, Throwable cause) {
    super(method + " " + uri + " failed with " + (status == 0 ? "no response" : Integer.toString(status))
        + (explanation.isEmpty() ? "" : ": " + explanation), cause);
    this.status = status;
    this.method = method;
    this.uri = uri;
    this.explanation = explanation;
  }

  /** The exception for an error response: the subclass matching {@code status}. */
  public static ApiException forStatus(
      int status, String method, URI uri, String body, Duration retryAfter) {
    String text = body == null ? "" : body.strip();
    if (text.length() > 2000) {
      text = text.substring(0, 2000) + "…";
    }
    if (status == 400) {
      return new ApiBadRequestException(method, uri, text);
    }
    if (status == 401) {
      return new ApiUnauthorizedException(method, uri, text);
    }
    if (status == 404) {
      return new ApiNotFoundException(method, uri, text);
    }
    if (status == 429) {
      return new ApiRateLimitedException(method, uri, text, retryAfter);
    }
    if (status >= 500) {
      return new ApiServerException(status, method, uri, text);
    }
    return new ApiException(status, method, uri, text, null);
  }

  /** The HTTP status, or 0 when no response arrived. */
  public int status() {
    return status;
  }

  public String method() {
    return method;
  }

  public URI uri() {
    return uri;
  }

  /** The server's explanation (the response body as text, trimmed), or a description of the failure. */
  public String explanation() {
    return explanation;
  }
}
