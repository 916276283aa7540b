package dev.odgen.runtime.client;

import java.net.URI;

/** 400 Bad Request: the request was refused; the explanation says why. */
public class ApiBadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ApiBadRequestException(String method, URI uri, String explanation) {
    super(400, method, uri, explanation, null);
  }

  /** The exception for an answer that said {@code body}. */
  public ApiBadRequestException(String method, URI uri, ErrorBody body) {
    super(400, method, uri, body, null);
  }
}
