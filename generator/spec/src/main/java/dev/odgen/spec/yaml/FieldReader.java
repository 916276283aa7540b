package dev.odgen.spec.yaml;

import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.model.Auto;
import dev.odgen.spec.model.EnumStorage;
import dev.odgen.spec.model.WireForm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the fields of a resource or a model, and the type keys shared with parameters and filters. */
final class FieldReader {

  private static final List<String> RESOURCE_FIELD_KEYS = List.of("name", "column", "type", "ref", "enum", "model",
      "maxLength", "default", "auto", "fromCaller", "foreignKey", "storeAs", "wireAs", "signed", "list", "derived", "byName", "internal", "versionAdded", "deprecated",
      "notes");
  private static final List<String> MODEL_FIELD_KEYS = RESOURCE_FIELD_KEYS.stream()
      .filter(k -> !k.equals("column") && !k.equals("auto") && !k.equals("derived") && !k.equals("byName") && !k.equals("internal") && !k.equals("fromCaller")
          && !k.equals("foreignKey")).toList();
  private static final Map<String, Auto> AUTOS = Map.of("insert", Auto.INSERT, "insertEditable", Auto.INSERT_EDITABLE);
  private static final Map<String, EnumStorage> STORAGES = Map.of("ordinal", EnumStorage.ORDINAL, "name",
      EnumStorage.NAME);
  static final Map<String, WireForm> WIRES = Arrays.stream(WireForm.values())
      .collect(Collectors.toMap(WireForm::specName, f -> f, (a, b) -> a, LinkedHashMap::new));

  private FieldReader() {}

  /** The fields under {@code key} of {@code owner}, of a resource or (with {@code inModel}) a model. */
  static List<FieldElement> readList(MapReader owner, String key, boolean inModel) {
    List<FieldElement> fields = new ArrayList<>();
    List<Node> items = owner.items(key);
    for (int i = 0; i < items.size(); i++) {
      read(items.get(i), i + 1, owner, inModel).ifPresent(fields::add);
    }
    return fields;
  }

  private static Optional<FieldElement> read(Node node, int number, MapReader owner, boolean inModel) {
    ReadScope scope = owner.scope();
    String label = Nodes.peekText(node, "name").map(n -> "field '" + n + "'").orElse("field #" + number);
    Trail trail = owner.trail().in("for " + label, scope.location(node));
    Optional<MapReader> map =
        MapReader.open(node, label, inModel ? MODEL_FIELD_KEYS : RESOURCE_FIELD_KEYS, scope, trail);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    MapReader field = map.get();
    Optional<String> name = field.requiredText("name");
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<DerivationElement> derived = field.node("derived")
        .filter(n -> !Nodes.isNull(n))
        .flatMap(n -> DerivationReader.read(n, scope, trail));
    Optional<ByNameElement> byName = field.node("byName")
        .filter(n -> !Nodes.isNull(n))
        .flatMap(n -> ByNameReader.read(n, scope, trail));
    return Optional.of(new FieldElement(
        name.get(),
        field.text("column"),
        readType(field),
        field.text("default"),
        field.keyword("auto", "auto value", AUTOS),
        field.keyword("storeAs", "enum storage", STORAGES),
        field.keyword("wireAs", "wire form", WIRES),
        field.flag("signed"),
        field.text("fromCaller"),
        field.optionalFlag("foreignKey"),
        derived,
        byName,
        field.flag("internal"),
        field.version("versionAdded"),
        field.version("deprecated"),
        field.notes("notes"),
        field.marks()));
  }

  /** The type keys of any typed entry: type, ref, enum, model, maxLength, list, values. */
  static TypeElement readType(MapReader owner) {
    return new TypeElement(owner.text("type"), owner.text("ref"), owner.text("enum"), owner.text("model"),
        owner.integer("maxLength", 1, ValueChecks.MAX_STRING_LENGTH,
            "a varchar holds 1 to " + ValueChecks.MAX_STRING_LENGTH + " characters; use 'type: text' for longer text"),
        owner.flag("list"), owner.texts("values"));
  }
}
