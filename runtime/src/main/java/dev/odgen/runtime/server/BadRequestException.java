package dev.odgen.runtime.server;

/** 400: the request is wrong; the message says what and how to fix it. */
public class BadRequestException extends StatusException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(String message) {
    super(400, message);
  }
}
