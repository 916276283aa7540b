package dev.odgen.codegen.naming;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Java identifiers of the members of one scope, keyed by their spec name (a field's wire name, an enum
 * member's name), in spec order.
 */
public final class Identifiers {

  private final Map<String, String> bySpecName;

  Identifiers(Map<String, String> bySpecName) {
    this.bySpecName = Collections.unmodifiableMap(new LinkedHashMap<>(bySpecName));
  }

  /** The identifier of {@code specName}; asking for a name the scope does not have is a bug in the caller. */
  public String of(String specName) {
    String identifier = bySpecName.get(specName);
    if (identifier == null) {
      throw new IllegalArgumentException("no identifier for '" + specName + "'; known: " + bySpecName.keySet());
    }
    return identifier;
  }

  /** Identifiers in spec order. */
  public List<String> all() {
    return List.copyOf(bySpecName.values());
  }
}
