package dev.odgen.runtime.client;

import java.net.URI;

/**
 * No complete response within the request timeout: the whole exchange (connection, headers and body) is
 * bounded, so a server that sends headers and then stalls the body cannot hold a call forever. Status is 0.
 */
public class ApiTimeoutException extends ApiConnectionException {
  private static final long serialVersionUID = 1L;

  public ApiTimeoutException(String method, URI uri, String explanation, Throwable cause) {
    super(method, uri, explanation, cause);
  }
}
