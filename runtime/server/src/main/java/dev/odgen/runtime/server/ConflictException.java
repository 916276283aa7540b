package dev.odgen.runtime.server;

/** 409: the request conflicts with stored rows, e.g. a DELETE of a row that others still refer to. */
public class ConflictException extends StatusException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(409, message);
  }
}
