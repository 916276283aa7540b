package dev.odgen.spec.yaml;

import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.model.ResponseKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a resource's {@code actions:} list, with their parameters and responses. */
final class ActionReader {

  private static final List<String> ACTION_KEYS = List.of("name", "method", "path", "pathParams", "params", "body",
      "response", "paged", "status", "creates", "versionAdded", "deprecated", "notes");
  private static final List<String> PROPERTY_KEYS = List.of("name", "type", "values", "ref", "enum", "model",
      "maxLength", "field", "wireAs", "required", "list", "versionAdded", "notes");
  private static final List<String> RESPONSE_KEYS = List.of("model", "resource", "list");
  private static final Map<String, String> METHODS = methods();
  private static final Map<String, ResponseWord> RESPONSE_WORDS = Map.of(
      "resource", new ResponseWord(ResponseKind.RESOURCE, false),
      "resourceList", new ResponseWord(ResponseKind.RESOURCE, true),
      "none", new ResponseWord(ResponseKind.NONE, false),
      "rows", new ResponseWord(ResponseKind.ROWS, true));

  /** What a one-word response means: rows are a list of JSON objects whose keys vary. */
  private record ResponseWord(ResponseKind kind, boolean list) {}

  private ActionReader() {}

  static List<ActionElement> readAll(MapReader resource) {
    List<ActionElement> actions = new ArrayList<>();
    List<Node> items = resource.items("actions");
    for (int i = 0; i < items.size(); i++) {
      read(items.get(i), i + 1, resource).ifPresent(actions::add);
    }
    return actions;
  }

  private static Optional<ActionElement> read(Node node, int number, MapReader resource) {
    ReadScope scope = resource.scope();
    String label = Nodes.peekText(node, "name").map(n -> "action '" + n + "'").orElse("action #" + number);
    Trail trail = resource.trail().in("in " + label, scope.location(node));
    Optional<MapReader> map = MapReader.open(node, label, ACTION_KEYS, scope, trail);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    MapReader action = map.get();
    Optional<String> name = action.requiredText("name");
    Optional<String> method = action.requiredText("method").isPresent()
        ? action.keyword("method", "HTTP method", METHODS)
        : Optional.empty();
    Optional<String> path = action.requiredText("path");
    path.flatMap(ValueChecks::endpointPath).ifPresent(problem -> action.errorAt("path", problem,
        "write the path such as '/appointments/{AptNum}/Break'"));
    List<PropertyElement> pathParams = readProperties(action, "pathParams", "path param");
    List<PropertyElement> params = readProperties(action, "params", "query param");
    List<PropertyElement> body = readProperties(action, "body", "body field");
    Optional<ResponseElement> response = action.node("response")
        .filter(n -> !Nodes.isNull(n))
        .flatMap(n -> readResponse(n, action));
    if (name.isEmpty() || method.isEmpty() || path.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ActionElement(name.get(), method.get(), path.get(), pathParams, params, body, response,
        action.flag("paged"), action.integer("status", 200, 299, "the status of success: 200 to 299 (errors are thrown, not declared)"),
        action.flag("creates"), action.version("versionAdded"), action.version("deprecated"),
        action.notes("notes"), action.marks()));
  }

  private static List<PropertyElement> readProperties(MapReader action, String key, String what) {
    List<PropertyElement> properties = new ArrayList<>();
    for (Node node : action.items(key)) {
      ReadScope scope = action.scope();
      String label = Nodes.peekText(node, "name").map(n -> what + " '" + n + "'").orElse("a " + what);
      Trail trail = action.trail().in("for " + label, scope.location(node));
      MapReader.open(node, label, PROPERTY_KEYS, scope, trail).ifPresent(p -> p.requiredText("name")
          .ifPresent(name -> properties.add(new PropertyElement(name, FieldReader.readType(p), p.text("field"),
              p.keyword("wireAs", "wire form", FieldReader.WIRES), p.flag("required"), p.version("versionAdded"), p.notes("notes"), p.marks()))));
    }
    return properties;
  }

  private static Optional<ResponseElement> readResponse(Node node, MapReader action) {
    ReadScope scope = action.scope();
    if (Nodes.isScalar(node)) {
      return action.keyword("response", "response", RESPONSE_WORDS)
          .map(w -> new ResponseElement(w.kind(), Optional.empty(), w.list(), Marks.at(scope.location(node))));
    }
    Optional<MapReader> map = MapReader.open(node, "'response'", RESPONSE_KEYS, scope, action.trail());
    if (map.isEmpty()) {
      return Optional.empty();
    }
    MapReader response = map.get();
    boolean model = response.has("model");
    if (model == response.has("resource")) {
      scope.diagnostics().error(response.start(), action.trail(),
          model ? "a response names either a model or a resource, not both" : "a response map needs 'model' or 'resource'",
          "write {model: Name} or {resource: Name}, with 'list: true' for a list");
      return Optional.empty();
    }
    String key = model ? "model" : "resource";
    return response.requiredText(key).map(target -> new ResponseElement(
        model ? ResponseKind.MODEL : ResponseKind.RESOURCE, Optional.of(target), response.flag("list"),
        response.marks()));
  }

  private static Map<String, String> methods() {
    Map<String, String> methods = new LinkedHashMap<>();
    for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
      methods.put(method, method);
    }
    return methods;
  }
}
