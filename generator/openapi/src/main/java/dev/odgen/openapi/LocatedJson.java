package dev.odgen.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A JSON or YAML document as a Jackson tree, with the line and column of every value by its JSON pointer, so that
 * every problem can say where it is. YAML is read with snakeyaml's node API (JSON is YAML too); aliases are
 * refused, so a small document cannot expand into a huge one.
 */
final class LocatedJson {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

  private final JsonNode root;
  private final Map<String, Mark> marks;

  private LocatedJson(JsonNode root, Map<String, Mark> marks) {
    this.root = root;
    this.marks = marks;
  }

  /** The tree of {@code text}; a syntax error is a problem at the line it is on. */
  static LocatedJson parse(String text, String documentName) throws ImportException {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(0);
    Node node;
    try {
      node = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new ImportException(documentName, List.of(new ImportProblem("", mark == null ? 0 : mark.getLine() + 1,
          mark == null ? 0 : mark.getColumn() + 1, "not JSON or YAML: " + firstLine(e.getProblem()))));
    } catch (YAMLException e) {
      throw new ImportException(documentName, List.of(new ImportProblem("", 0, 0,
          "not JSON or YAML: " + firstLine(e.getMessage()))));
    }
    if (node == null) {
      throw new ImportException(documentName, List.of(new ImportProblem("", 1, 1, "the document is empty")));
    }
    Map<String, Mark> marks = new HashMap<>();
    List<ImportProblem> duplicates = new java.util.ArrayList<>();
    JsonNode root = convert(node, "", marks, duplicates);
    if (!duplicates.isEmpty()) {
      throw new ImportException(documentName, duplicates);
    }
    return new LocatedJson(root, marks);
  }

  JsonNode root() {
    return root;
  }

  /** The node at a JSON pointer, or a missing node. */
  JsonNode at(String pointer) {
    return pointer.isEmpty() ? root : root.at(pointer);
  }

  /** A problem at {@code pointer}, placed on the line of the pointer's deepest value that exists. */
  ImportProblem problem(String pointer, String message) {
    String p = pointer;
    while (!marks.containsKey(p) && !p.isEmpty()) {
      p = p.substring(0, p.lastIndexOf('/'));
    }
    Mark mark = marks.get(p);
    return new ImportProblem(pointer, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
        message);
  }

  static String child(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  private static JsonNode convert(Node node, String pointer, Map<String, Mark> marks, List<ImportProblem> duplicates) {
    marks.put(pointer, node.getStartMark());
    if (node instanceof MappingNode mapping) {
      ObjectNode object = JSON.objectNode();
      for (NodeTuple tuple : mapping.getValue()) {
        String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
        if (object.has(key)) {
          // the parser would keep one of the two silently: say which key is there twice, and where
          Mark mark = tuple.getKeyNode().getStartMark();
          duplicates.add(new ImportProblem(child(pointer, key), mark.getLine() + 1, mark.getColumn() + 1,
              "'" + key + "' is there twice; keep one"));
          continue;
        }
        object.set(key, convert(tuple.getValueNode(), child(pointer, key), marks, duplicates));
      }
      return object;
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = JSON.arrayNode();
      List<Node> items = sequence.getValue();
      for (int i = 0; i < items.size(); i++) {
        array.add(convert(items.get(i), pointer + "/" + i, marks, duplicates));
      }
      return array;
    }
    ScalarNode scalar = (ScalarNode) node;
    String value = scalar.getValue();
    Tag tag = scalar.getTag();
    try {
      if (Tag.INT.equals(tag)) {
        BigInteger number = new BigInteger(value.replace("_", ""));
        return number.bitLength() < 64 ? JSON.numberNode(number.longValue()) : JSON.numberNode(number);
      }
      if (Tag.FLOAT.equals(tag)) {
        return JSON.numberNode(Double.parseDouble(value.replace("_", "")));
      }
    } catch (NumberFormatException e) {
      return JSON.textNode(value);
    }
    if (Tag.BOOL.equals(tag)) {
      return JSON.booleanNode(value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes")
          || value.equalsIgnoreCase("on") || value.equalsIgnoreCase("y"));
    }
    if (Tag.NULL.equals(tag)) {
      return JSON.nullNode();
    }
    return JSON.textNode(value);
  }

  private static String firstLine(String text) {
    return text == null ? "unreadable" : text.lines().findFirst().orElse(text).strip();
  }
}
