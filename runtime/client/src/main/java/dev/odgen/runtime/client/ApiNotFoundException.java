package dev.odgen.runtime.client;

import java.net.URI;

/** 404 Not Found: no such item (or path). */
public class ApiNotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ApiNotFoundException(String method, URI uri, String explanation) {
    super(404, method, uri, explanation, null);
  }

  /** The exception for an answer that said {@code body}. */
  public ApiNotFoundException(String method, URI uri, ErrorBody body) {
    super(404, method, uri, body, null);
  }
}
