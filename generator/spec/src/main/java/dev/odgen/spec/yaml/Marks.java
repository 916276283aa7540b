package dev.odgen.spec.yaml;

import dev.odgen.spec.diag.Location;
import java.util.Map;

/**
 * Where an element starts and where each of its values starts, by key, so that later checks can
 * point at the exact value that is wrong ({@code type: datetime} points at {@code datetime}).
 */
public record Marks(Location start, Map<String, Location> values) {

  public Marks {
    values = Map.copyOf(values);
  }

  /** Marks of an element written as a single scalar, such as a filter given only by its name. */
  public static Marks at(Location start) {
    return new Marks(start, Map.of());
  }

  /** Where the value of {@code key} starts, or where the element starts when the key is absent. */
  public Location of(String key) {
    return values.getOrDefault(key, start);
  }

  /** Whether the element was written with {@code key}. */
  public boolean has(String key) {
    return values.containsKey(key);
  }
}
