package dev.odgen.samples.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares an answer with a documented response: every documented key present, each value in the documented
 * {@link ValueForm}, objects and lists followed down. The i-th documented item of a list is compared with the i-th
 * answered item (the last one when fewer were answered); a documented non-empty list answered empty is a problem,
 * since nothing of its shape could be seen.
 */
final class ShapeCheck {
  private ShapeCheck() {}

  /** The differences, each as {@code <json path>: <what>}; empty when the answer has the documented shape. */
  static List<String> differences(JsonNode documented, JsonNode actual) {
    List<String> problems = new ArrayList<>();
    compare("$", documented, actual, problems);
    return problems;
  }

  private static void compare(String at, JsonNode documented, JsonNode actual, List<String> problems) {
    ValueForm form = ValueForm.of(documented);
    if (actual == null || actual.isMissingNode()) {
      problems.add(at + ": missing");
      return;
    }
    if (!form.matches(actual)) {
      problems.add(at + ": documented as " + form.description() + " (" + abbreviate(documented) + "), answered "
          + abbreviate(actual));
      return;
    }
    if (form == ValueForm.OBJECT) {
      Iterator<Map.Entry<String, JsonNode>> fields = documented.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        compare(at + "." + field.getKey(), field.getValue(), actual.get(field.getKey()), problems);
      }
    } else if (form == ValueForm.ARRAY && !documented.isEmpty()) {
      if (actual.isEmpty()) {
        problems.add(at + ": documented " + documented.size() + " item(s), answered an empty list");
        return;
      }
      for (int i = 0; i < documented.size(); i++) {
        compare(at + "[" + i + "]", documented.get(i), actual.get(Math.min(i, actual.size() - 1)), problems);
      }
    }
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
