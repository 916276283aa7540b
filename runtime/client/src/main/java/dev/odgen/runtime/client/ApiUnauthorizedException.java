package dev.odgen.runtime.client;

import java.net.URI;

/** 401 Unauthorized: the credentials are missing, malformed, unknown or lack permission. */
public class ApiUnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ApiUnauthorizedException(String method, URI uri, String explanation) {
    super(401, method, uri, explanation, null);
  }

  /** The exception for an answer that said {@code body}. */
  public ApiUnauthorizedException(String method, URI uri, ErrorBody body) {
    super(401, method, uri, body, null);
  }
}
