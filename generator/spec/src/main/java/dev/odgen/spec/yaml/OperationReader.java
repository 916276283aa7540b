package dev.odgen.spec.yaml;

import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.model.MatchKind;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.WireForm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a resource's {@code operations:} map: get, list, create, update, delete. */
final class OperationReader {

  private static final Map<String, OperationKind> KINDS = Arrays.stream(OperationKind.values())
      .collect(Collectors.toMap(OperationKind::specName, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  private static final Map<String, MatchKind> MATCHES = Arrays.stream(MatchKind.values())
      .collect(Collectors.toMap(MatchKind::specName, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  private static final List<String> COMMON_KEYS = List.of("path", "status", "versionAdded", "deprecated", "notes");
  private static final List<String> FILTER_KEYS = List.of("param", "field", "match", "type", "ref", "enum", "values",
      "required", "default", "versionAdded", "notes");
  private static final List<String> BODY_KEYS = List.of("name", "field", "wireAs", "versionAdded", "notes");

  private OperationReader() {}

  static List<OperationElement> readAll(MapReader resource) {
    Optional<MapReader> operations =
        resource.map("operations", "'operations'", KINDS.keySet(), resource.trail());
    List<OperationElement> read = new ArrayList<>();
    operations.ifPresent(ops -> ops.entries().stream()
        .filter(e -> KINDS.containsKey(e.key()))
        .forEach(e -> read(KINDS.get(e.key()), e, ops).ifPresent(read::add)));
    return read;
  }

  private static Optional<OperationElement> read(OperationKind kind, MapReader.Entry entry, MapReader operations) {
    Trail trail = operations.trail().in("in operation '" + kind.specName() + "'", entry.keyLocation());
    if (Nodes.isNull(entry.value())) {
      return Optional.of(new OperationElement(kind, Optional.empty(), Optional.empty(), List.of(), List.of(),
          Optional.empty(), Optional.empty(), "", Marks.at(entry.keyLocation())));
    }
    Optional<MapReader> map = MapReader.open(entry.value(), "operation '" + kind.specName() + "'", keysOf(kind),
        operations.scope(), trail);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    MapReader op = map.get();
    List<FilterElement> filters = new ArrayList<>();
    List<Node> filterNodes = op.items("filters");
    for (Node node : filterNodes) {
      readFilter(node, op).ifPresent(filters::add);
    }
    List<BodyFieldElement> body = new ArrayList<>();
    op.items("required").forEach(node -> readBodyField(node, true, op).ifPresent(body::add));
    op.items("optional").forEach(node -> readBodyField(node, false, op).ifPresent(body::add));
    Marks marks = new Marks(entry.keyLocation(), op.marks().values());
    return Optional.of(new OperationElement(kind, op.checkedText("path", ValueChecks::endpointPath,
        "write the path such as '/patients/{PatNum}'"), op.integer("status", 200, 299, "the status of success: 200 to 299 (errors are thrown, not declared)"), filters, body,
        op.version("versionAdded"),
        op.version("deprecated"), op.notes("notes"), marks));
  }

  private static List<String> keysOf(OperationKind kind) {
    List<String> keys = new ArrayList<>(COMMON_KEYS);
    switch (kind) {
      case LIST -> keys.add("filters");
      case CREATE, UPDATE -> keys.addAll(List.of("required", "optional"));
      default -> { }
    }
    return keys;
  }

  private static Optional<FilterElement> readFilter(Node node, MapReader op) {
    ReadScope scope = op.scope();
    if (Nodes.isScalar(node)) {
      return Optional.of(new FilterElement(Nodes.text(node), Optional.empty(), MatchKind.EQUALS, TypeElement.none(),
          false, Optional.empty(), Optional.empty(), "", Marks.at(scope.location(node))));
    }
    String label = Nodes.peekText(node, "param").map(p -> "filter '" + p + "'").orElse("a filter");
    Trail trail = op.trail().in("for " + label, scope.location(node));
    Optional<MapReader> map = MapReader.open(node, label, FILTER_KEYS, scope, trail);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    MapReader filter = map.get();
    Optional<String> param = filter.requiredText("param");
    if (param.isEmpty()) {
      return Optional.empty();
    }
    MatchKind match = filter.keyword("match", "match kind", MATCHES).orElse(MatchKind.EQUALS);
    return Optional.of(new FilterElement(param.get(), filter.text("field"), match, FieldReader.readType(filter),
        filter.flag("required"), filter.text("default"), filter.version("versionAdded"), filter.notes("notes"),
        filter.marks()));
  }

  private static Optional<BodyFieldElement> readBodyField(Node node, boolean required, MapReader op) {
    ReadScope scope = op.scope();
    if (Nodes.isScalar(node)) {
      return Optional.of(new BodyFieldElement(Nodes.text(node), Optional.empty(), Optional.empty(), required,
          Optional.empty(), "",
          Marks.at(scope.location(node))));
    }
    String label = Nodes.peekText(node, "name").map(n -> "body field '" + n + "'").orElse("a body field");
    Trail trail = op.trail().in("for " + label, scope.location(node));
    Optional<MapReader> map = MapReader.open(node, label, BODY_KEYS, scope, trail);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    MapReader entry = map.get();
    Optional<WireForm> wireAs = entry.keyword("wireAs", "wire form", FieldReader.WIRES);
    return entry.requiredText("name").map(name -> new BodyFieldElement(name, entry.text("field"), wireAs, required,
        entry.version("versionAdded"), entry.notes("notes"), entry.marks()));
  }
}
