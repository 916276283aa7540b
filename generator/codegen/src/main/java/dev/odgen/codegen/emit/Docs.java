package dev.odgen.codegen.emit;

/**
 * Spec text (notes, names) made safe for Javadoc: HTML characters escaped, no comment terminator, no
 * accidental block tags. Pass the result as an argument ({@code addJavadoc("$L", text)}), never as the
 * format string, so {@code $} in notes stays literal.
 */
public final class Docs {

  private Docs() {}

  public static String text(String specText) {
    return specText.strip()
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*/", "*&#47;")
        .replace("@", "&#64;");
  }

  /** {@code " <notes>"} to append to a sentence, or "" when there are no notes. */
  public static String notes(String specText) {
    return specText == null || specText.isBlank() ? "" : " " + text(specText);
  }
}
