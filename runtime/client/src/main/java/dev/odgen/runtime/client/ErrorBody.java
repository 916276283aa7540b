package dev.odgen.runtime.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.runtime.wire.Json;
import dev.odgen.runtime.wire.WireFormatException;
import java.nio.charset.StandardCharsets;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an error answer says, in either form a server may use: a plain-text explanation, or an RFC 9457 {@code
 * application/problem+json} object, whose {@code detail} (else {@code title}) is the explanation and whose
 * {@code fields} name the request's fields at fault.
 *
 * @param explanation the explanation (trimmed, at most 2000 characters), or "" when the server gave none
 * @param fields the names of the fields at fault; empty for a plain-text answer or a problem without them
 * @param type the problem's {@code type} URI, or "" for a plain-text answer
 * @param title the problem's {@code title}, or "" for a plain-text answer
 */
public record ErrorBody(String explanation, List<String> fields, String type, String title)
    implements Serializable {

  private static final int MAX_TEXT = 2000;

  public ErrorBody {
    fields = List.copyOf(fields);
  }

  /** A plain-text explanation. */
  public static ErrorBody text(String explanation) {
    return new ErrorBody(shorten(explanation == null ? "" : explanation.strip()), List.of(), "", "");
  }

  /**
   * Reads an error answer by its content type: problem+json as a problem, anything else as text. A problem that
   * is not valid JSON is kept as text, so the caller still sees what came.
   */
  public static ErrorBody of(String contentType, byte[] body) {
    String text = new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8);
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
      return text(text);
    }
    JsonNode problem;
    try {
      problem = Json.parse("problem", body);
    } catch (WireFormatException e) {
      return text(text);
    }
    if (!problem.isObject()) {
      return text(text);
    }
    String detail = problem.path("detail").asText("");
    String title = problem.path("title").asText("");
    List<String> fields = new ArrayList<>();
    problem.path("fields").forEach(f -> fields.add(f.asText()));
    return new ErrorBody(shorten((detail.isBlank() ? title : detail).strip()), fields,
        problem.path("type").asText(""), title);
  }

  private static String shorten(String text) {
    return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
  }
}
