package dev.odgen.runtime.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;

/**
 * The shared JSON machinery: one factory for writing, one tree parser for reading. Decimals are
 * read as {@link java.math.BigDecimal} so money keeps its cents; duplicate field names and
 * trailing garbage are refused.
 */
public final class Json {
  /** Writes decimals in plain notation (never {@code 1E+3}). */
  public static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final ObjectMapper TREES =
      new ObjectMapper(FACTORY)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Json() {}

  /**
   * Parses any JSON value.
   *
   * @param what names the text in errors, e.g. "request body" or "response"
   * @throws WireFormatException e.g. {@code request body is not valid JSON: expected a value, found '}' at
   *     line 1, column 12}, in the API's words rather than the parser's ({@link JsonErrors})
   */
  public static JsonNode parse(String what, byte[] json) {
    if (json.length == 0) {
      throw new WireFormatException(what, what + " is empty; expected JSON");
    }
    try {
      JsonNode node = TREES.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw new WireFormatException(what, what + " is empty; expected JSON");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new WireFormatException(what, JsonErrors.describe(what, e));
    } catch (IOException e) {
      // reading bytes in memory fails only in decoding, e.g. a malformed UTF-32 character
      throw new WireFormatException(what, what + " is not valid JSON: the text is not valid UTF-8");
    }
  }

  /**
   * Parses a JSON object.
   *
   * @throws WireFormatException when the text is not JSON or not an object (e.g. {@code request
   *     body must be a JSON object, not an array})
   */
  public static ObjectNode parseObject(String what, byte[] json) {
    JsonNode node = parse(what, json);
    if (!node.isObject()) {
      throw new WireFormatException(what, what + " must be a JSON object, not " + kindOf(node));
    }
    return (ObjectNode) node;
  }

  /** "an array", "a string", ... for error messages. */
  static String kindOf(JsonNode node) {
    switch (node.getNodeType()) {
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
  }
}
