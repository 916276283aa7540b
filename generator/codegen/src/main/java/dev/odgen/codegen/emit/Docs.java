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

  /**
   * The product whose versions the spec's {@code versionAdded} counts: the API's title without a trailing
   * " API" ({@code Open Dental API} is {@code Open Dental}).
   */
  public static String product(dev.odgen.spec.model.ApiInfo api) {
    String title = api.title().strip();
    return title.endsWith(" API") ? title.substring(0, title.length() - 4).strip() : title;
  }

  /** {@code "; since Open Dental 22.3.6"} for a field with a {@code versionAdded}, else "". */
  public static String since(dev.odgen.spec.model.ApiInfo api, java.util.Optional<String> versionAdded) {
    return versionAdded.map(v -> "; since " + text(product(api)) + " " + text(v)).orElse("");
  }
}
