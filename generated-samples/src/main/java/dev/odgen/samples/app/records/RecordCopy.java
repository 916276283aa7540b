package dev.odgen.samples.app.records;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Copies an entity record with some components changed, by name. The demo data and the money actions need it for
 * rows whose patches do not carry every field (schedules, claimprocs, payments with their amounts), where a
 * 48-argument constructor call says less than the five names that matter. A wrong name or type fails at once.
 */
public final class RecordCopy {
  private RecordCopy() {
  }

  /** {@code record} with {@code changes} ({@code "name", value, "name", value, ...}) applied. */
  public static <R extends Record> R with(R record, Object... changes) {
    if (changes.length % 2 != 0) {
      throw new IllegalArgumentException("changes come in name/value pairs");
    }
    Map<String, Object> byName = new HashMap<>();
    for (int i = 0; i < changes.length; i += 2) {
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
