package dev.odgen.runtime.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * A call failed. {@link #status()} is the HTTP status (0 when no response arrived, see {@link
 * ApiConnectionException}); {@link #explanation()} is the server's explanation, whether it came as plain text
 * or as the {@code detail} of a problem+json body, and {@link #fields()} the fields it named as at fault.
 * Subclasses let callers catch the common cases: {@link ApiBadRequestException} (400), {@link
 * ApiUnauthorizedException} (401), {@link ApiNotFoundException} (404), {@link ApiConflictException} (409),
 * {@link ApiRateLimitedException} (429), {@link ApiServerException} (5xx).
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String method;
  private final transient URI uri;
  private final ErrorBody body;

  public ApiException(int status, String method, URI uri, String explanation, Throwable cause) {
    this(status, method, uri, new ErrorBody(explanation, List.of(), "", ""), cause);
  }

  /** A failed call whose answer said {@code body}. */
  public ApiException(int status, String method, URI uri, ErrorBody body, Throwable cause) {
    super(method + " " + uri + " failed with " + (status == 0 ? "no response" : Integer.toString(status))
        + (body.explanation().isEmpty() ? "" : ": " + body.explanation()), cause);
    this.status = status;
    this.method = method;
    this.uri = uri;
    this.body = body;
  }

  /** The exception for an error response given as text: the subclass matching {@code status}. */
  public static ApiException forStatus(
      int status, String method, URI uri, String body, Duration retryAfter) {
    return forStatus(status, method, uri, ErrorBody.text(body), retryAfter);
  }

  /** The exception for an error response: the subclass matching {@code status}. */
  public static ApiException forStatus(
      int status, String method, URI uri, ErrorBody body, Duration retryAfter) {
    if (status == 400) {
      return new ApiBadRequestException(method, uri, body);
    }
    if (status == 401) {
      return new ApiUnauthorizedException(method, uri, body);
    }
    if (status == 404) {
      return new ApiNotFoundException(method, uri, body);
    }
    if (status == 409) {
      return new ApiConflictException(method, uri, body);
    }
    if (status == 429) {
      return new ApiRateLimitedException(method, uri, body, retryAfter);
    }
    if (status >= 500) {
      return new ApiServerException(status, method, uri, body);
    }
    return new ApiException(status, method, uri, body, null);
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

  /**
   * The server's explanation (the response body as text, trimmed, or a problem's {@code detail}), or a description
   * of the failure.
   */
  public String explanation() {
    return body.explanation();
  }

  /** The names of the request's fields the server said are at fault (problem+json answers); empty otherwise. */
  public List<String> fields() {
    return body.fields();
  }

  /** Everything the error answer said: explanation, fields, and a problem's {@code type} and {@code title}. */
  public ErrorBody body() {
    return body;
  }
}
