package dev.odgen.runtime.wire;

/**
 * Colours as an ARGB {@code int} in Java and the database, and as {@code "r,g,b"} on the wire.
 * Alpha is not sent; reading sets it to opaque (0xFF), as a colour made from r, g, b is.
 */
public final class Colors {
  private Colors() {}

  /** {@code "r,g,b"} of an ARGB value, e.g. {@code -16776961} (opaque blue) → {@code "0,0,255"}. */
  public static String toWire(int argb) {
    return ((argb >> 16) & 0xFF) + "," + ((argb >> 8) & 0xFF) + "," + (argb & 0xFF);
  }

  /**
   * The opaque ARGB value of {@code "r,g,b"} (spaces around parts allowed).
   *
   * @throws WireFormatException unless there are three whole numbers from 0 to 255
   */
  public static int fromWire(String field, String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 3) {
      throw notAColour(field, text);
    }
    int argb = 0xFF;
    for (String part : parts) {
      int channel;
      try {
        channel = Integer.parseInt(part.strip());
      } catch (NumberFormatException e) {
        throw notAColour(field, text);
      }
      if (channel < 0 || channel > 255) {
        throw notAColour(field, text);
      }
      argb = (argb << 8) | channel;
    }
    return argb;
  }

  private static WireFormatException notAColour(String field, String text) {
    return WireFormatException.notA(field, text, "a colour as r,g,b with each part from 0 to 255");
  }
}
