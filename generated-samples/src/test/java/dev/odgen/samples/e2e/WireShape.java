package dev.odgen.samples.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/** The JSON type and text format of a wire value, as the reference facts describe them. */
final class WireShape {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
  private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}:\\d{2}");
  private static final Pattern COLOR = Pattern.compile("\\d{1,3},\\d{1,3},\\d{1,3}");

  private WireShape() {}

  /** The reference's {@code jsonType} of a value: integer, number, string, boolean, object, array or null. */
  static String jsonType(JsonNode value) {
    if (value.isIntegralNumber()) {
      return "integer";
    }
    if (value.isNumber()) {
      return "number";
    }
    if (value.isTextual()) {
      return "string";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    if (value.isObject()) {
      return "object";
    }
    return value.isArray() ? "array" : "null";
  }

  /** True when {@code actualType} may stand where {@code documentedType} is documented (12 is a number too). */
  static boolean typeFits(String documentedType, String actualType) {
    return documentedType.equals(actualType) || documentedType.equals("number") && actualType.equals("integer");
  }

  /** True when a string value has the documented format (a null format: any string). */
  static boolean formatFits(String format, String text) {
    if (format == null) {
      return true;
    }
    switch (format) {
      case "date":
        return DATE.matcher(text).matches();
      case "date-time":
        return DATE_TIME.matcher(text).matches();
      case "time":
        return TIME.matcher(text).matches();
      case "bool-string":
        return text.equals("true") || text.equals("false");
      case "color":
        return COLOR.matcher(text).matches();
      default:
        throw new IllegalArgumentException("unknown format " + format);
    }
  }

  /** The format a documented example value shows by its text, for fields whose format is not given. */
  static String formatOf(JsonNode example) {
    if (!example.isTextual()) {
      return null;
    }
    String text = example.asText();
    for (String format : new String[] {"date-time", "date", "time", "bool-string", "color"}) {
      if (formatFits(format, text)) {
        return format;
      }
    }
    return null;
  }
}
