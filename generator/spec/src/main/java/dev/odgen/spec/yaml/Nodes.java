package dev.odgen.spec.yaml;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Small questions about YAML nodes, worded for error messages. */
final class Nodes {

  private Nodes() {}

  /** "a list", "a map" or "'text'": what the user wrote, for "expected X, found Y". */
  static String describe(Node node) {
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (node instanceof MappingNode) {
      return "a map";
    }
    if (isNull(node)) {
      return "no value";
    }
    return "'" + ((ScalarNode) node).getValue() + "'";
  }

  /** True for an empty value ({@code key:} with nothing after it, or {@code ~} / {@code null}). */
  static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  static boolean isScalar(Node node) {
    return node instanceof ScalarNode && !isNull(node);
  }

  /**
   * The text of {@code key} in a map node, read before the map is checked, so that messages about
   * the map can already name it ("for field 'AptNum'"). Empty when there is no such scalar.
   */
  static java.util.Optional<String> peekText(Node node, String key) {
    if (node instanceof MappingNode mapping) {
      for (org.yaml.snakeyaml.nodes.NodeTuple tuple : mapping.getValue()) {
        if (isScalar(tuple.getKeyNode()) && text(tuple.getKeyNode()).equals(key) && isScalar(tuple.getValueNode())) {
          return java.util.Optional.of(text(tuple.getValueNode()));
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** The key node named {@code key} in a map node, if there is one. */
  static java.util.Optional<Node> keyNode(MappingNode mapping, String key) {
    return mapping.getValue().stream()
        .map(org.yaml.snakeyaml.nodes.NodeTuple::getKeyNode)
        .filter(k -> isScalar(k) && text(k).equals(key))
        .findFirst();
  }

  static String text(Node node) {
    return ((ScalarNode) node).getValue();
  }

  /** The text as written of any scalar, YAML nulls included ({@code null}, {@code ~}, ""); "" for other nodes. */
  static String rawText(Node node) {
    return node instanceof ScalarNode scalar ? scalar.getValue() : "";
  }
}
