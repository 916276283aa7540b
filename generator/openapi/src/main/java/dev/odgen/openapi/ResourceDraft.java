package dev.odgen.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One resource file being built: its head keys, fields, operations by kind, actions and models, in spec form. */
final class ResourceDraft {

  final String name;
  final Map<String, Object> head = new LinkedHashMap<>();
  final List<Map<String, Object>> fields = new ArrayList<>();
  final Map<String, Map<String, Object>> operations = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> actions = new LinkedHashMap<>();
  final List<Map<String, Object>> models = new ArrayList<>();
  final Set<String> fieldNames = new HashSet<>();
  /** The order odgen's export recorded, when it did. */
  List<String> operationOrder = List.of();
  List<String> actionOrder = List.of();
  /** The component schema of the entity, when there is one. */
  Optional<String> entitySchema = Optional.empty();
  /** The id field, for resources with a table. */
  Optional<String> id = Optional.empty();

  ResourceDraft(String name) {
    this.name = name;
    head.put("resource", name);
  }

  String path() {
    return (String) head.get("path");
  }

  /** The resource file: head, then fields, operations in order, actions in order, models. */
  Map<String, Object> file() {
    Map<String, Object> file = new LinkedHashMap<>(head);
    if (!fields.isEmpty()) {
      file.put("fields", fields);
    }
    if (!operations.isEmpty()) {
      Map<String, Object> ordered = new LinkedHashMap<>();
      operationOrder.stream().filter(operations::containsKey).forEach(k -> ordered.put(k, operations.get(k)));
      for (String kind : List.of("get", "list", "create", "update", "delete")) {
        if (operations.containsKey(kind)) {
          ordered.putIfAbsent(kind, operations.get(kind));
        }
      }
      file.put("operations", ordered);
    }
    if (!actions.isEmpty()) {
      List<Map<String, Object>> ordered = new ArrayList<>();
      actionOrder.stream().filter(actions::containsKey).forEach(a -> ordered.add(actions.get(a)));
      actions.forEach((name, action) -> {
        if (!actionOrder.contains(name)) {
          ordered.add(action);
        }
      });
      file.put("actions", ordered);
    }
    if (!models.isEmpty()) {
      file.put("models", models);
    }
    return file;
  }
}
