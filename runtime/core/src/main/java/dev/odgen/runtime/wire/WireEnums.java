package dev.odgen.runtime.wire;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Looks up members of generated {@link WireEnum} types by wire name or by stored value. A Java enum that
 * implements {@code WireEnum} works as it is; a generated open enum (a class) hands over its members and its
 * factory of unrecognized values with {@link #register} when it is initialized.
 */
public final class WireEnums {
  private static final Map<Class<?>, Registration<?>> REGISTERED = new ConcurrentHashMap<>();

  private static final ClassValue<Index> INDEXES =
      new ClassValue<>() {
        @Override
        protected Index computeValue(Class<?> type) {
          return new Index(memberArray(type));
        }
      };

  private static final int SMALL = 64;

  private WireEnums() {}

  /** What an open enum registers: its members in declaration order and how to make an unrecognized value. */
  private record Registration<E extends WireEnum>(List<E> members, Function<String, E> unrecognized) {}

  /**
   * Called by a generated open enum's static initializer: its members, and the factory of values for wire text
   * that is none of them.
   */
  public static <E extends WireEnum> void register(Class<E> type, List<E> members, Function<String, E> unrecognized) {
    REGISTERED.put(type, new Registration<>(List.copyOf(members), unrecognized));
  }

  /**
   * A value of {@code type} for wire text that is none of its members: it keeps the text and writes it back.
   *
   * @throws IllegalArgumentException for a Java enum, which has no such values
   */
  public static <E extends WireEnum> E unrecognized(Class<E> type, String text) {
    Registration<?> registration = registration(type);
    if (registration == null) {
      throw new IllegalArgumentException(type.getSimpleName() + " is closed: it has no unrecognized values");
    }
    return type.cast(registration.unrecognized().apply(text));
  }

  /**
   * The stored value of an unrecognized value of {@code type}: its text when that is a number (it came as a
   * stored value), else there is none.
   *
   * @throws IllegalStateException naming the type and the text, when the text is not a number
   */
  public static int unrecognizedStoredValue(Class<?> type, String wireName) {
    try {
      return Integer.parseInt(wireName.strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(type.getSimpleName() + " '" + wireName + "' is not a member this code knows"
          + " (it came from a newer server), so it has no stored value: send it back only as it came", e);
    }
  }

  /** The members of {@code type}, in declaration order. */
  public static <E extends WireEnum> List<E> members(Class<E> type) {
    return INDEXES.get(type).members.stream().map(type::cast).toList();
  }

  private static Object[] memberArray(Class<?> type) {
    if (type.isEnum()) {
      return type.getEnumConstants();
    }
    Registration<?> registration = registration(type);
    if (registration == null) {
      throw new IllegalArgumentException(type.getName() + " is neither a Java enum nor a registered open enum");
    }
    return registration.members().toArray();
  }

  /** The registration of an open enum, initializing the class first (a class literal does not). */
  private static Registration<?> registration(Class<?> type) {
    Registration<?> registration = REGISTERED.get(type);
    if (registration == null && !type.isEnum()) {
      try {
        Class.forName(type.getName(), true, type.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("cannot initialize " + type.getName(), e);
      }
      registration = REGISTERED.get(type);
    }
    return registration;
  }

  /**
   * The member whose wire name is {@code name}: an exact match first, else the only member that
   * matches ignoring case.
   */
  public static <E extends WireEnum> Optional<E> byName(Class<E> type, String name) {
    return Optional.ofNullable(type.cast(INDEXES.get(type).byName(name)));
  }

  /** The member whose stored value is {@code value}. */
  public static <E extends WireEnum> Optional<E> byStoredValue(Class<E> type, int value) {
    return Optional.ofNullable(type.cast(INDEXES.get(type).byValue(value)));
  }

  /** The wire names of all members in declaration order, for error messages. */
  public static <E extends WireEnum> List<String> names(Class<E> type) {
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
    final List<Object> members;

    Index(Object[] members) {
      this.members = List.of(members);
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
