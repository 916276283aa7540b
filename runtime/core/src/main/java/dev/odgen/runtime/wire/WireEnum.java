package dev.odgen.runtime.wire;

/**
 * Implemented by every generated enum: the name it has on the wire and the number the database
 * stores. Generated enums need not use Java's own {@code name()} or {@code ordinal()}, because
 * wire names need not be Java identifiers ({@code "Not Accepted"}) and stored values need not
 * be consecutive.
 *
 * <p>A generated enum is open: besides its members it has unrecognized values, which a client reads when a
 * newer server sends a member the client's spec does not have. An unrecognized value keeps the text it came
 * as and is written back as that text.
 *
 * <p>Look members up with {@link WireEnums}.
 */
public interface WireEnum {
  /** The member name exactly as the API writes it, e.g. {@code "Male"}; for an unrecognized value, its text. */
  String wireName();

  /**
   * The value stored in the database column (Open Dental stores C# enum ordinals).
   *
   * @throws IllegalStateException for an unrecognized value that did not come as a number
   */
  int storedValue();

  /** False for a value read from the wire that is none of the members this code knows. */
  default boolean isRecognized() {
    return true;
  }
}
