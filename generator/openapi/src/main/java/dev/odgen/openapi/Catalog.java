package dev.odgen.openapi;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The enums and models an import declares, and the component schemas that are entities of resources. Names are
 * global in a spec, so one catalog hands them out for the whole document.
 */
final class Catalog {

  /** An enum: members to ordinals in order, its default and notes. */
  record EnumDef(Map<String, Long> members, Optional<String> defaultMember, String notes) {}

  /** A model to declare: the component schema it comes from and the resource that declares it. */
  record ModelDef(String name, String pointer, String owner) {}

  final Map<String, EnumDef> enums = new LinkedHashMap<>();
  final Map<String, ModelDef> models = new LinkedHashMap<>();
  /** Component schema name → resource it is the entity of. */
  final Map<String, String> entitySchemas = new HashMap<>();
  /** Component schema name → model name it became. */
  final Map<String, String> modelSchemas = new HashMap<>();
  /** Every type name used so far: entities, models, enums. */
  final Set<String> typeNames = new HashSet<>();

  /** The model a component schema becomes, declared by {@code owner} if it is new. */
  String model(String schemaName, String pointer, String owner) {
    String existing = modelSchemas.get(schemaName);
    if (existing != null) {
      return existing;
    }
    String name = Names.unique(Names.upperCamel(schemaName), typeNames);
    modelSchemas.put(schemaName, name);
    models.put(name, new ModelDef(name, pointer, owner));
    return name;
  }
}
