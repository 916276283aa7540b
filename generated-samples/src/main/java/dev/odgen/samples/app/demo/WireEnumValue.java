package dev.odgen.samples.app.demo;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/**
 * A member of a generated enum by its wire name ({@code "InputField"}), for demo rows that name enum values the way
 * Open Dental's documentation does. An unknown name fails at once, naming the enum.
 */
final class WireEnumValue {
  private WireEnumValue() {}

  static <E> E of(Class<E> type, String wireName) {
    try {
      Optional<?> found = (Optional<?>) type.getMethod("fromWireName", String.class).invoke(null, wireName);
      return type.cast(found.orElseThrow(() -> new IllegalArgumentException(type.getSimpleName()
          + " has no member " + wireName)));
    } catch (IllegalAccessException | NoSuchMethodException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + wireName + ": " + e, e);
    }
  }
}
