package dev.odgen.runtime.server;

import java.util.List;
import java.util.Objects;

/**
 * Ends a request with an HTTP status and an explanation sent to the caller as is (as plain text, or as the detail
 * of a problem+json body, as the API's {@link ErrorFormat} says), with the names of the fields at fault, if any.
 * Throw it (or a subclass) from a handler; e.g. {@code new StatusException(410, "PayPlans POST was deprecated in
 * 23.3")}.
 */
public class StatusException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final List<String> fields;

  public StatusException(int status, String message) {
    this(status, message, List.of());
  }

  /** An answer naming the request's fields at fault, e.g. {@code List.of("AuthorId")}. */
  public StatusException(int status, String message, List<String> fields) {
    super(message);
    this.status = status;
    this.fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
  }

  /** The HTTP status to answer with. */
  public int status() {
    return status;
  }

  /** The names of the body fields or parameters at fault, in the order found; empty when none is. */
  public List<String> fields() {
    return fields;
  }
}
