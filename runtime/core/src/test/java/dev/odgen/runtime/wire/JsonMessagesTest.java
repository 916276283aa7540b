package dev.odgen.runtime.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every way a body can fail to be JSON gets a sentence in the API's words, never the parser's internals. */
class JsonMessagesTest {
  /** What a caller must never read: the parser's classes, features, settings and configuration advice. */
  static final Pattern INTERNALS = Pattern.compile(
      "jackson|fasterxml|databind|Feature|StreamReadConstraints|`|bound as|JsonNode|\\(code \\d+\\)|enable ",
      Pattern.CASE_INSENSITIVE);

  private static String refusal(byte[] body) {
    return assertThrows(WireFormatException.class, () -> Json.parse("request body", body)).getMessage();
  }

  private static String refusal(String body) {
    return refusal(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void knownFailuresInTheApisWords() {
    assertEquals("request body is not valid JSON: there is more after the JSON value at line 1, column 15",
        refusal("{\"LName\":\"a\"} {}"));
    assertEquals("request body is not valid JSON: 'NaN' is not a JSON value (numbers must be finite; text goes in"
        + " quotes) at line 1, column 13", refusal("{\"LName\":NaN}"));
    assertEquals("request body is not valid JSON: comments are not allowed in JSON at line 1, column 14",
        refusal("{\"LName\":\"a\" /* c */}"));
    assertEquals("request body is not valid JSON: the JSON ends before it is complete at line 1, column 10",
        refusal("{\"LName\":"));
    assertTrue(refusal("[".repeat(1500)).startsWith("request body is not valid JSON: arrays and objects nest too deep"
        + " (at most 1000)"));
    assertTrue(refusal("{\"a\":\"x\u0001\"}").contains("a control character (CTRL-CHAR, code 1) inside a string")
        || refusal("{\"a\":\"x\u0001\"}").contains("control character"));
    assertTrue(refusal("{\"a\":01}").contains("a number may not start with 0"));
    assertTrue(refusal(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})
        .contains("not valid UTF-8"));
  }

  @Test
  void noMessageNamesTheParsersInternals() {
    List<String> bodies = List.of("{\"a\":1} x", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":-Infinity}", "{'a':1}",
        "{a:1}", "{\"a\":1,}", "[1,]", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "]", "}", "{\"a\":tru}", "{\"a\":\"\\x\"}",
        "{\"a\":1e}", "{\"a\":-}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":0x10}", "// c\n{}", "#c\n{}", "{\"a\":1}}",
        "\"" + "a".repeat(30) + "\" \"b\"", "[".repeat(2000) + "]".repeat(2000), "{\"a\":" + "9".repeat(5000) + "}",
        "{\"a\":\"\t\"}", "{\"a\":1,\"a\":2}", "\uFEFF{\"a\":1}x", "nul", "{\"a\":[1 2]}", "{\"a\":{\"b\"}}");
    for (String body : bodies) {
      String message = refusal(body);
      assertTrue(message.startsWith("request body is not valid JSON: "), message);
      assertFalse(INTERNALS.matcher(message).find(), body + " -> " + message);
    }
    for (byte[] body : List.of(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 1, 0, 0, 0},
        new byte[] {0, 0, 0, '{', 0, 0, 0, (byte) 0xC3}, new byte[] {(byte) 0x80, '{', '}'})) {
      String message = refusal(body);
      assertFalse(INTERNALS.matcher(message).find(), message);
    }
  }
}
