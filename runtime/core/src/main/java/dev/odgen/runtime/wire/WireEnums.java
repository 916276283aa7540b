package dev.odgen.runtime.wire;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Looks up members of generated {@link WireEnum} types by wire name or by stored value. */
public final class WireEnums {
  private static final ClassValue<Index> INDEXES =
      new ClassValue<>() {
        @Override
        protected Index computeValue(Class<?> type) {
          return new Index(type.getEnumConstants());
        }
      };

  private static final int SMALL = 64;

  private WireEnums() {}

  /**
   * The member whose wire name is {@code name}: an exact match first, else the only member that
   * matches ignoring case.
   */
  public static <E extends Enum<E> & WireEnum> Optional<E> byName(Class<E> type, String name) {
    return Optional.ofNullable(type.cast(INDEXES.get(type).byName(name)));
  }

  /** The member whose stored value is {@code value}. */
  public static <E extends Enum<E> & WireEnum> Optional<E> byStoredValue(Class<E> type, int value) {
    return Optional.ofNullable(type.cast(INDEXES.get(type).byValue(value)));
  }

  /** The wire names of all members in declaration order, for error messages. */
  public static <E extends Enum<E> & WireEnum> List<String> names(Class<E> type) {
    return INDEXES.get(type).names;
  }

  /** Members indexed once per enum type. */
  private static final class Index {
    final Map<String, Object> exact = new HashMap<>();
    final Map<String, Object> folded = new HashMap<>();
    final Map<Integer, Object> byValue = new HashMap<>();
    /** Members by stored value for the small values nearly every enum has (a row read does one lookup per enum). */
    final Object[] bySmallValue = new Object[SMALL];
    final List<String> names;

    Index(Object[] members) {
      for (Object m : members) {
        WireEnum e = (WireEnum) m;
        exact.put(e.wireName(), m);
        folded.merge(e.wireName().toLowerCase(Locale.ROOT), m, (a, b) -> Ambiguous.INSTANCE);
        byValue.putIfAbsent(e.storedValue(), m);
        if (e.storedValue() >= 0 && e.storedValue() < SMALL && bySmallValue[e.storedValue()] == null) {
          bySmallValue[e.storedValue()] = m;
        }
      }
      names = Arrays.stream(members).map(m -> ((WireEnum) m).wireName()).toList();
    }

    Object byValue(int value) {
      return value >= 0 && value < SMALL ? bySmallValue[value] : byValue.get(value);
    }

    Object byName(String name) {
      Object found = exact.get(name);
      if (found == null) {
        found = folded.get(name.toLowerCase(Locale.ROOT));
      }
      return found == Ambiguous.INSTANCE ? null : found;
    }
  }

  /** Marks a case-folded name shared by two members: such a name only matches exactly. */
  private enum Ambiguous {
    INSTANCE
  }
}
