package dev.odgen.codegen.client;

import dev.odgen.codegen.emit.Docs;
import dev.odgen.spec.model.ApiInfo;
import java.util.Optional;

/**
 * The Javadoc every client method starts with: the endpoint it calls, what it does, the spec's notes, and
 * the API versions that added and deprecated it.
 */
final class EndpointDocs {

  private EndpointDocs() {}

  /**
   * The product whose versions {@code versionAdded} counts: the API's title without a trailing "API" (Open
   * Dental API: {@code Open Dental}).
   */
  static String product(ApiInfo api) {
    return Docs.product(api);
  }

  /** {@code {@code GET /patients/{PatNum}}}. */
  static String endpoint(String method, String path) {
    return "{@code " + method + " " + Docs.text(path) + "}";
  }

  /**
   * {@code {@code GET /patients/{PatNum}}: the Patient with this id. <notes>} and a paragraph with the versions.
   *
   * @param summary what the call does, a sentence without its period
   */
  static String of(ApiInfo api, String method, String path, String summary, Optional<String> versionAdded,
      Optional<String> deprecated, String notes) {
    StringBuilder doc = new StringBuilder(endpoint(method, path)).append(": ").append(summary).append('.');
    if (!notes.isBlank()) {
      String text = Docs.text(notes);
      doc.append(' ').append(text).append(text.endsWith(".") ? "" : ".");
    }
    if (versionAdded.isPresent() || deprecated.isPresent()) {
      doc.append("\n\n<p>");
      versionAdded.ifPresent(v -> doc.append("Since version ").append(Docs.text(v)).append(" of the ")
          .append(Docs.text(api.title())).append('.'));
      deprecated.ifPresent(v -> doc.append(versionAdded.isPresent() ? " " : "").append("Deprecated since version ")
          .append(Docs.text(v)).append('.'));
    }
    return doc.toString();
  }
}
