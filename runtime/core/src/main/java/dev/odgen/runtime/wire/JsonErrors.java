package dev.odgen.runtime.wire;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in the API's words why a text is not JSON. Jackson's own messages name its classes, features and
 * settings ({@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS}, {@code StreamReadConstraints}), which mean
 * nothing to a caller; each known case gets its own sentence, anything else a general one. Never Jackson's text.
 */
final class JsonErrors {
  /** A Jackson message pattern and the sentence for it; {@code $1} takes the pattern's first group. */
  private record Rule(Pattern pattern, String sentence) {}

  private static final List<Rule> RULES = List.of(
      rule("^Duplicate (?:field|Object property) '(.*?)'", "the field '$1' appears twice"),
      rule("^Unexpected character \\('(.*?)' \\(code \\d+\\)\\): maybe a \\(non-standard\\) comment",
          "comments are not allowed in JSON"),
      rule("^Non-standard token '(.*?)'", "'$1' is not a JSON value (numbers must be finite; text goes in quotes)"),
      rule("^Unexpected character \\('(.*?)' \\(code \\d+\\)\\): was expecting double-quote to start field name",
          "expected a field name in double quotes, found '$1'"),
      rule("^Unexpected character \\('(.*?)' \\(code \\d+\\)\\): was expecting comma to separate (?:Object|Array) entries",
          "expected ',' between entries, found '$1'"),
      rule("^Unexpected character \\('(.*?)' \\(code \\d+\\)\\): was expecting a colon",
          "expected ':' after a field name, found '$1'"),
      rule("^Unexpected character \\('(.*?)' \\(code \\d+\\)\\): expected a (?:valid )?value",
          "expected a value, found '$1'"),
      rule("^Unexpected character \\('(.*?)' \\(code \\d+\\)\\)", "unexpected character '$1'"),
      rule("^Unrecognized token '(.*?)'", "'$1' is not a JSON value (text goes in quotes)"),
      rule("^Illegal unquoted character \\(\\((.*?)\\)\\)",
          "a control character ($1) inside a string must be written as an escape such as \\\\n"),
      rule("^Unrecognized character escape '(.*?)'", "'\\\\$1' is not a JSON escape"),
      rule("^Invalid numeric value: Leading zeroes not allowed", "a number may not start with 0"),
      rule("^Invalid numeric value: (.*)", "malformed number ($1)"),
      rule("^Invalid UTF-(?:8|16|32)", "the text is not valid UTF-8"),
      rule("^Invalid (?:UTF-8 )?(?:start|middle) byte", "the text is not valid UTF-8"),
      rule("^Unexpected end-of-input", "the JSON ends before it is complete"),
      rule("^Unexpected close marker '(.)'", "'$1' closes nothing"),
      rule("^Numeric value \\((.*?)\\) out of range", "a number is out of range"));

  private JsonErrors() {}

  /** {@code <what> is not valid JSON: <why> at line L, column C}. */
  static String describe(String what, JsonProcessingException e) {
    return what + " is not valid JSON: " + why(e) + where(e.getLocation());
  }

  private static String why(JsonProcessingException e) {
    if (e instanceof JsonEOFException) {
      return "the JSON ends before it is complete";
    }
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      return limit(message);
    }
    if (e instanceof MismatchedInputException && message.startsWith("Trailing token")) {
      return "there is more after the JSON value";
    }
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(message);
      if (m.find()) {
        return m.groupCount() == 0 ? rule.sentence() : rule.sentence().replace("$1", printable(m.group(1)));
      }
    }
    return "malformed JSON";
  }

  /** Jackson's read limits: nesting depth, and the length of numbers, strings and names. */
  private static String limit(String message) {
    String m = message.toLowerCase(Locale.ROOT);
    String max = firstNumberAfter(m, "maximum");
    String bound = max == null ? "" : " (at most " + max + ")";
    if (m.contains("nesting depth")) {
      return "arrays and objects nest too deep" + bound;
    }
    if (m.contains("number")) {
      return "a number is too long" + bound;
    }
    if (m.contains("string")) {
      return "a string is too long" + bound;
    }
    if (m.contains("name")) {
      return "a field name is too long" + bound;
    }
    return "the JSON is larger than the server reads";
  }

  private static String firstNumberAfter(String text, String word) {
    int at = text.indexOf(word);
    if (at < 0) {
      return null;
    }
    Matcher m = Pattern.compile("\\d+").matcher(text);
    return m.find(at) ? m.group() : null;
  }

  /** A character a message shows: control characters as their code, never raw. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().limit(40).forEach(c -> {
      if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE) {
        out.append(String.format("U+%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static Rule rule(String regex, String sentence) {
    return new Rule(Pattern.compile(regex), sentence);
  }
}
