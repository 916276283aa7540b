package dev.odgen.runtime.wire;

/**
 * Implemented by every generated enum: the name it has on the wire and the number the database
 * stores. Generated enums need not use Java's own {@code name()} or {@code ordinal()}, because
 * wire names need not be Java identifiers ({@code "Not Accepted"}) and stored values need not
 * be consecutive.
 *
 * <p>Look members up with {@link WireEnums}.
 */
public interface WireEnum {
  /** The member name exactly as the API writes it, e.g. {@code "Male"}. */
  String wireName();

  /** The value stored in the database column (Open Dental stores C# enum ordinals). */
  int storedValue();
}
