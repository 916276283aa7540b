package dev.odgen.spec.yaml;

import dev.odgen.spec.diag.Location;
import dev.odgen.spec.diag.Suggestions;
import dev.odgen.spec.diag.Trail;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the keys of one YAML map and checks their shape: unknown and duplicate keys, missing keys,
 * and values of the wrong kind (a list where text was expected, a word where a number was). Every
 * problem is reported with the map's context trail; the getters then return empty so that reading
 * goes on.
 */
final class MapReader {

  private final ReadScope scope;
  private final Trail trail;
  private final Location start;
  private final Map<String, Entry> entries;

  private MapReader(ReadScope scope, Trail trail, Location start, Map<String, Entry> entries) {
    this.scope = scope;
    this.trail = trail;
    this.start = start;
    this.entries = entries;
  }

  /** A key of the map with the locations of the key and its value. */
  record Entry(String key, Location keyLocation, Node value) {}

  /**
   * Opens {@code node} as a map whose keys must be among {@code allowedKeys} (null allows any key).
   * Reports and returns empty when the node is not a map. {@code what} names the map in messages.
   */
  static Optional<MapReader> open(
      Node node, String what, Collection<String> allowedKeys, ReadScope scope, Trail trail) {
    if (!(node instanceof MappingNode mapping)) {
      scope.diagnostics().error(scope.location(node), trail,
          "expected a map for " + what + ", found " + Nodes.describe(node),
          "write " + what + " as 'key: value' lines (or {key: value, ...})");
      return Optional.empty();
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      Location keyLocation = scope.location(keyNode);
      if (!Nodes.isScalar(keyNode)) {
        scope.diagnostics().error(keyLocation, trail,
            "expected a name as key in " + what + ", found " + Nodes.describe(keyNode),
            "use a plain name before the ':'");
        continue;
      }
      String key = Nodes.text(keyNode);
      if (entries.containsKey(key)) {
        scope.diagnostics().error(keyLocation, trail.in("first given", entries.get(key).keyLocation()),
            "duplicate key '" + key + "'", "remove one of the two '" + key + "' entries");
        continue;
      }
      if (allowedKeys != null && !allowedKeys.contains(key)) {
        scope.diagnostics().error(keyLocation, trail, "unknown key '" + key + "'",
            Suggestions.useOneOf("key", key, allowedKeys));
      }
      entries.put(key, new Entry(key, keyLocation, tuple.getValueNode()));
    }
    return Optional.of(new MapReader(scope, trail, scope.location(node), entries));
  }

  ReadScope scope() {
    return scope;
  }

  Trail trail() {
    return trail;
  }

  Location start() {
    return start;
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  /** The keys in the order they were written, with their locations. */
  List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  Optional<Node> node(String key) {
    Entry entry = entries.get(key);
    return entry == null ? Optional.empty() : Optional.of(entry.value());
  }

  Location keyLocation(String key) {
    Entry entry = entries.get(key);
    return entry == null ? start : entry.keyLocation();
  }

  Location valueLocation(String key) {
    Entry entry = entries.get(key);
    return entry == null ? start : scope.location(entry.value());
  }

  /** Where this map and each of its values start. */
  Marks marks() {
    Map<String, Location> values = new LinkedHashMap<>();
    entries.values().forEach(e -> values.put(e.key(), scope.location(e.value())));
    return new Marks(start, values);
  }

  /** A value given as text (numbers and words are taken as written). Empty when absent or blank. */
  Optional<String> text(String key) {
    Entry entry = entries.get(key);
    if (entry == null || Nodes.isNull(entry.value())) {
      return Optional.empty();
    }
    if (!Nodes.isScalar(entry.value())) {
      wrongKind(entry, "a single value", "write one value after '" + key + ":'");
      return Optional.empty();
    }
    return Optional.of(Nodes.text(entry.value()));
  }

  /** Like {@link #text}, but reports a missing key. */
  Optional<String> requiredText(String key) {
    if (!has(key) || Nodes.isNull(entries.get(key).value())) {
      missing(key);
      return Optional.empty();
    }
    return text(key);
  }

  /** Free text such as notes: empty string when absent. */
  String notes(String key) {
    return text(key).orElse("");
  }

  /** A version such as {@code 21.1} or {@code 22.4.28}; a malformed one is reported and taken as absent. */
  Optional<String> version(String key) {
    Optional<String> text = text(key);
    Optional<String> problem = text.flatMap(ValueChecks::version);
    if (problem.isPresent()) {
      errorAt(key, key + " " + problem.get(), "write the Open Dental version that added or deprecated it, e.g. '22.4.28'");
      return Optional.empty();
    }
    return text;
  }

  /** A whole number from {@code min} to {@code max}; one outside is reported and taken as absent. */
  Optional<Integer> integer(String key, int min, int max, String fix) {
    Optional<Integer> value = integer(key);
    if (value.isPresent() && (value.get() < min || value.get() > max)) {
      errorAt(key, key + " " + value.get() + " is out of range: it must be from " + min + " to " + max, fix);
      return Optional.empty();
    }
    return value;
  }

  /** Text that {@code check} finds nothing wrong with; a wrong one is reported and taken as absent. */
  Optional<String> checkedText(String key, java.util.function.Function<String, Optional<String>> check, String fix) {
    Optional<String> text = text(key);
    Optional<String> problem = text.flatMap(check);
    if (problem.isPresent()) {
      errorAt(key, problem.get(), fix);
      return Optional.empty();
    }
    return text;
  }

  /** A whole number, e.g. an enum ordinal or a length. */
  Optional<Integer> integer(String key) {
    Entry entry = entries.get(key);
    if (entry == null || Nodes.isNull(entry.value())) {
      return Optional.empty();
    }
    Optional<Integer> value = asInteger(entry.value());
    if (value.isEmpty()) {
      wrongKind(entry, "a whole number", "write a whole number such as 3 after '" + key + ":'");
    }
    return value;
  }

  /** A true/false value; {@code false} when absent. */
  boolean flag(String key) {
    return optionalFlag(key).orElse(false);
  }

  /** A true/false value; empty when absent or not true or false (reported). */
  Optional<Boolean> optionalFlag(String key) {
    Entry entry = entries.get(key);
    if (entry == null || Nodes.isNull(entry.value())) {
      return Optional.empty();
    }
    if (Nodes.isScalar(entry.value())) {
      String text = Nodes.text(entry.value());
      if (text.equals("true")) {
        return Optional.of(true);
      }
      if (text.equals("false")) {
        return Optional.of(false);
      }
    }
    wrongKind(entry, "true or false", "write true or false after '" + key + ":'");
    return Optional.empty();
  }

  /**
   * A value that must be one of a fixed set of words, such as a match kind. Reports an unknown word
   * with a "did you mean".
   */
  <T> Optional<T> keyword(String key, String what, Map<String, T> choices) {
    Optional<String> word = text(key);
    if (word.isEmpty()) {
      return Optional.empty();
    }
    T value = choices.get(word.get());
    if (value == null) {
      scope.diagnostics().error(valueLocation(key), trail, "unknown " + what + " '" + word.get() + "'",
          Suggestions.useOneOf(what, word.get(), choices.keySet()));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** The items of a list value; empty when absent. Reports a value that is not a list. */
  List<Node> items(String key) {
    Entry entry = entries.get(key);
    if (entry == null || Nodes.isNull(entry.value())) {
      return List.of();
    }
    if (!(entry.value() instanceof SequenceNode sequence)) {
      wrongKind(entry, "a list", "write '" + key + "' as a list: [a, b] or one '- item' per line");
      return List.of();
    }
    return sequence.getValue();
  }

  /** A list of names or words, e.g. {@code credentials: [developerKey, customerKey]}. */
  List<String> texts(String key) {
    List<String> texts = new ArrayList<>();
    for (Node item : items(key)) {
      if (Nodes.isScalar(item)) {
        texts.add(Nodes.text(item));
      } else {
        scope.diagnostics().error(scope.location(item), trail,
            "expected a single value in '" + key + "', found " + Nodes.describe(item),
            "write each item of '" + key + "' as a plain value");
      }
    }
    return texts;
  }

  /** Opens the value of {@code key} as a nested map. Empty when absent or when it is not a map. */
  Optional<MapReader> map(String key, String what, Collection<String> allowedKeys, Trail nestedTrail) {
    Entry entry = entries.get(key);
    if (entry == null || Nodes.isNull(entry.value())) {
      return Optional.empty();
    }
    return open(entry.value(), what, allowedKeys, scope, nestedTrail);
  }

  /** Reports that a required key is missing. */
  void missing(String key) {
    scope.diagnostics().error(start, trail, "missing key '" + key + "'", "add '" + key + ": ...'");
  }

  /** Reports a problem with the value of {@code key}. */
  void errorAt(String key, String message, String fix) {
    scope.diagnostics().error(valueLocation(key), trail, message, fix);
  }

  static Optional<Integer> asInteger(Node node) {
    if (!Nodes.isScalar(node) || !Tag.INT.equals(node.getTag())) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(Nodes.text(node).replace("_", "")));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private void wrongKind(Entry entry, String expected, String fix) {
    scope.diagnostics().error(scope.location(entry.value()), trail,
        "expected " + expected + " for '" + entry.key() + "', found " + Nodes.describe(entry.value()), fix);
  }
}
