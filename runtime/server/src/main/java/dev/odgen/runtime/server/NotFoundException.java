package dev.odgen.runtime.server;

/** 404: the item does not exist, e.g. {@code new NotFoundException("Patient 42 not found")}. */
public class NotFoundException extends StatusException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(404, message);
  }
}
