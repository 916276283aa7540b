package dev.odgen.samples.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * The form of a value as the documentation writes it: what a replayed answer must keep (values themselves differ,
 * the examples are not one data set).
 */
enum ValueForm {
  DATE("a date (yyyy-MM-dd)"),
  DATE_TIME("a date-time (yyyy-MM-dd HH:mm:ss)"),
  TIME("a time (HH:mm:ss)"),
  BOOLEAN_TEXT("\"true\" or \"false\""),
  BOOLEAN("true or false"),
  NUMBER("a number"),
  STRING("a string"),
  OBJECT("an object"),
  ARRAY("a list"),
  ANY("anything");

  private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DATE_TIME_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
  private static final Pattern TIME_TEXT = Pattern.compile("\\d{2}:\\d{2}:\\d{2}");

  private final String description;

  ValueForm(String description) {
    this.description = description;
  }

  String description() {
    return description;
  }

  /** The form of a documented value; a documented null says nothing about the form. */
  static ValueForm of(JsonNode documented) {
    if (documented == null || documented.isNull()) {
      return ANY;
    }
    if (documented.isNumber()) {
      return NUMBER;
    }
    if (documented.isBoolean()) {
      return BOOLEAN;
    }
    if (documented.isObject()) {
      return OBJECT;
    }
    if (documented.isArray()) {
      return ARRAY;
    }
    String text = documented.asText();
    if (DATE_TEXT.matcher(text).matches()) {
      return DATE;
    }
    if (DATE_TIME_TEXT.matcher(text).matches()) {
      return DATE_TIME;
    }
    if (TIME_TEXT.matcher(text).matches()) {
      return TIME;
    }
    if (text.equals("true") || text.equals("false")) {
      return BOOLEAN_TEXT;
    }
    return STRING;
  }

  /** Whether an answered value has this form. A plain string form takes any string, dates and "true" included. */
  boolean matches(JsonNode actual) {
    return switch (this) {
      case ANY -> true;
      case NUMBER -> actual.isNumber();
      case BOOLEAN -> actual.isBoolean();
      case OBJECT -> actual.isObject();
      case ARRAY -> actual.isArray();
      case STRING -> actual.isTextual();
      default -> actual.isTextual() && of(actual) == this;
    };
  }
}
