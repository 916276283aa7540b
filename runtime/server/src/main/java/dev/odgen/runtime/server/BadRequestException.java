package dev.odgen.runtime.server;

import java.util.List;

/** 400: the request is wrong; the message says what and how to fix it. */
public class BadRequestException extends StatusException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(String message) {
    super(400, message);
  }

  /**
   * Refuses a body that lacks required fields: {@code LName is required}, {@code LName, FName are required}.
   *
   * @param missing the body names of the required fields the body left out; nothing happens when empty
   */
  public static void requireAll(List<String> missing) {
    if (!missing.isEmpty()) {
      throw new BadRequestException(String.join(", ", missing) + (missing.size() == 1 ? " is required" : " are required"));
    }
  }
}
