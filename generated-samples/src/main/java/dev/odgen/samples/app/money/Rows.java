package dev.odgen.samples.app.money;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An entity record with some components changed by name: claimprocs have 47 components, and naming the six that
 * matter says more than a positional constructor call. A wrong name or type fails at once.
 */
final class Rows {
  private Rows() {
  }

  /** {@code record} with {@code changes} ({@code "name", value, ...}) applied. */
  static <R extends Record> R with(R record, Object... changes) {
    Map<String, Object> byName = new HashMap<>();
    for (int i = 0; i + 1 < changes.length; i += 2) {
      byName.put((String) changes[i], changes[i + 1]);
    }
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        String name = components[i].getName();
        values[i] = byName.containsKey(name) ? byName.remove(name) : components[i].getAccessor().invoke(record);
      }
      if (!byName.isEmpty()) {
        throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + byName.keySet());
      }
      Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
      @SuppressWarnings("unchecked")
      R copy = (R) constructor.newInstance(values);
      return copy;
    } catch (ReflectiveOperationException e) {
      Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
      throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName() + ": " + cause, cause);
    }
  }
}
