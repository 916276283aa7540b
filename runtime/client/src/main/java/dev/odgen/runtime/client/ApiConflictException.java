package dev.odgen.runtime.client;

import java.net.URI;

/** 409 Conflict: the call conflicts with stored rows, e.g. a DELETE of a row that others still refer to. */
public class ApiConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ApiConflictException(String method, URI uri, String explanation) {
    super(409, method, uri, explanation, null);
  }

  /** The exception for an answer that said {@code body}. */
  public ApiConflictException(String method, URI uri, ErrorBody body) {
    super(409, method, uri, body, null);
  }
}
