package dev.odgen.openapi;

import dev.odgen.spec.diag.Location;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two linked models compared value by value, with the places the specs were read from left out: every record
 * component but {@link Location}s, lists in order. Gives the paths where they differ.
 */
final class ModelComparison {

  private ModelComparison() {}

  static List<String> differences(Object expected, Object actual) {
    List<String> differences = new ArrayList<>();
    compare("model", plain(expected), plain(actual), differences);
    return differences;
  }

  /** Records as maps of their components (without locations), optionals unwrapped, collections as lists. */
  static Object plain(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(ModelComparison::plain).orElse(null);
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream().map(ModelComparison::plain).toList();
    }
    if (value instanceof Record record) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        if (component.getType() == Location.class) {
          continue;
        }
        try {
          map.put(component.getName(), plain(component.getAccessor().invoke(record)));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return map;
    }
    return value;
  }

  private static void compare(String path, Object expected, Object actual, List<String> differences) {
    if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
      for (Object key : e.keySet()) {
        compare(path + "." + key, e.get(key), a.get(key), differences);
      }
      return;
    }
    if (expected instanceof List<?> e && actual instanceof List<?> a) {
      if (e.size() != a.size()) {
        differences.add(path + ": " + e.size() + " items, then " + a.size());
      }
      for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
        compare(path + "[" + i + "]", e.get(i), a.get(i), differences);
      }
      return;
    }
    if (expected == null ? actual != null : !expected.equals(actual)) {
      differences.add(path + ": " + expected + " became " + actual);
    }
  }
}
