package dev.odgen.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One answer of the server, with assertions that show the call and the body when they fail. */
record Reply(String call, int status, String body, HttpHeaders headers) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Asserts the status; the failure message carries the call and the body. */
  Reply expect(int expected) {
    assertEquals(expected, status, () -> call + " answered " + status + ": " + body);
    return this;
  }

  /** The body as JSON (the status is not checked). */
  JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new AssertionError(call + " did not answer JSON: " + body, e);
    }
  }

  /** The body as a JSON array of objects. */
  List<JsonNode> items() {
    JsonNode node = json();
    assertTrue(node.isArray(), () -> call + " did not answer a JSON array: " + body);
    List<JsonNode> out = new ArrayList<>();
    node.forEach(out::add);
    return out;
  }

  String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  /** Asserts an error answer: this status, a plain-text body that mentions {@code word} (case ignored). */
  Reply expectError(int expected, String word) {
    expect(expected);
    String type = header("Content-Type");
    assertTrue(type != null && type.startsWith("text/plain"), () -> call + ": error body is not plain text but " + type);
    assertTrue(body.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)),
        () -> call + ": the explanation does not name '" + word + "': " + body);
    return this;
  }
}
