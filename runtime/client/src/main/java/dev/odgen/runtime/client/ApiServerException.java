package dev.odgen.runtime.client;

import java.net.URI;

/** 5xx: the server failed (after any retries the policy allowed). */
public class ApiServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ApiServerException(int status, String method, URI uri, String explanation) {
    super(status, method, uri, explanation, null);
  }

  /** The exception for an answer that said {@code body}. */
  public ApiServerException(int status, String method, URI uri, ErrorBody body) {
    super(status, method, uri, body, null);
  }
}
