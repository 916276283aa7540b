package dev.odgen.runtime.client;

import java.net.URI;

/**
 * The response body was larger than the client's limit ({@link ClientConfig#maxResponseBytes()}); the download
 * stopped there. {@link #status()} is the status the response came with. Not retried: the body would be as large
 * the next time.
 */
public class ApiResponseTooLargeException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ApiResponseTooLargeException(int status, String method, URI uri, String explanation, Throwable cause) {
    super(status, method, uri, explanation, cause);
  }
}
