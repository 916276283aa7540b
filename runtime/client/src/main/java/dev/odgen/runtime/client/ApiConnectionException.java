package dev.odgen.runtime.client;

import java.net.URI;

/** No response arrived: connection refused or reset, timeout, or interrupted. Status is 0. */
public class ApiConnectionException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ApiConnectionException(String method, URI uri, String explanation, Throwable cause) {
    super(0, method, uri, explanation, cause);
  }
}
