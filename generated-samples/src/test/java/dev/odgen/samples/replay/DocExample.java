package dev.odgen.samples.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One documented example request of a section of Open Dental's API pages, with the section's statuses and the
 * example response shown next to it (null when the page shows none). {@code key} names it in the exceptions file:
 * the section heading and the example's 1-based position in it, e.g. {@code Recalls GET List [2]}.
 */
record DocExample(
    String resource,
    String section,
    int position,
    String method,
    String path,
    String pathTemplate,
    JsonNode body,
    JsonNode responseBody,
    boolean responseTruncated,
    boolean responseHasLocation,
    List<String> documentedStatuses) {

  String key() {
    return section + " [" + position + "]";
  }

  /**
   * The status the example must answer: the section's first 2xx, else 201 for a POST whose response shows a
   * Location header and 200 otherwise (16 sections list no status at all).
   */
  int expectedStatus() {
    for (String status : documentedStatuses) {
      int code = Integer.parseInt(status.substring(0, 3));
      if (code >= 200 && code < 300) {
        return code;
      }
    }
    return responseHasLocation ? 201 : 200;
  }
}
