package dev.odgen.spec.rules;

import dev.odgen.spec.model.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one rule for turning spec names into Java identifiers, shared by the checks and the emitters
 * so that what is checked is what is generated.
 *
 * <ul>
 *   <li>{@link #lowerCamel}: characters that cannot be in an identifier separate words; the leading
 *       capitals are lower-cased ({@code AptNum} → {@code aptNum}, {@code ADACode} → {@code adaCode},
 *       {@code SSN} → {@code ssn}).
 *   <li>{@link #fieldName}: {@code lowerCamel}, with {@code _} in front when the result is a Java
 *       keyword or literal or starts with a digit ({@code break} → {@code _break}).
 *   <li>{@link #memberNames}: the names of all members of one owner. Open Dental pairs a column
 *       such as {@code Confirmed} (a definition id) with {@code confirmed} (its readable name); the
 *       lower-case twin gets {@code Label}: {@code confirmed} and {@code confirmedLabel}.
 * </ul>
 */
public final class JavaIdentifiers {

  private static final Set<String> RESERVED = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
      "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
      "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
      "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
      "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "_");

  /** Identifiers that are fine for variables but cannot name a type. */
  private static final Set<String> RESTRICTED_TYPE_NAMES = Set.of("var", "yield", "record", "sealed", "permits");

  /** What the lower-case twin of a capitalised name gets after its name. */
  public static final String TWIN_SUFFIX = "Label";

  private JavaIdentifiers() {}

  /** Whether {@code name} is a Java keyword, a literal ({@code true}, {@code false}, {@code null}) or {@code _}. */
  public static boolean isReserved(String name) {
    return RESERVED.contains(name);
  }

  /**
   * Types of {@code java.lang} that generated code names without importing (every class may say {@code Object},
   * {@code String}, {@code Override}): a generated type of the same name would hide them in its package.
   */
  private static final Set<String> JAVA_LANG = Set.of(
      "Object", "String", "Class", "Enum", "Record", "Integer", "Long", "Short", "Byte", "Character", "Boolean",
      "Double", "Float", "Number", "Void", "Math", "System", "Thread", "Runnable", "Iterable", "Comparable",
      "CharSequence", "StringBuilder", "AutoCloseable", "Cloneable", "Throwable", "Exception", "RuntimeException",
      "Error", "Override", "Deprecated", "SuppressWarnings", "FunctionalInterface", "SafeVarargs",
      "IllegalArgumentException", "IllegalStateException", "NullPointerException");

  /**
   * Whether {@code name} can name a Java type as it is (entities, models, enums): an identifier without '$' (which
   * Java keeps for the names of nested classes), not a restricted word and not a {@code java.lang} type.
   */
  public static boolean isValidTypeName(String name) {
    return isValidIdentifier(name) && !RESTRICTED_TYPE_NAMES.contains(name) && name.indexOf('$') < 0
        && !JAVA_LANG.contains(name);
  }

  /** Whether {@code name} can be used as it is as a Java identifier. */
  public static boolean isValidIdentifier(String name) {
    if (name.isEmpty() || isReserved(name) || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
      return false;
    }
    return name.codePoints().allMatch(Character::isJavaIdentifierPart);
  }

  /** The lower-camel form of a wire name: {@code AptNum} → {@code aptNum}, {@code Bal_0_30} → {@code bal_0_30}. */
  public static String lowerCamel(String name) {
    String joined = joinWords(name);
    int capitals = 0;
    while (capitals < joined.length() && Character.isUpperCase(joined.charAt(capitals))) {
      capitals++;
    }
    if (capitals == 0) {
      return joined;
    }
    // keep the capital that starts the next word: ADACode -> adaCode, but SSN -> ssn
    boolean nextWordFollows = capitals > 1 && capitals < joined.length()
        && Character.isLowerCase(joined.charAt(capitals));
    int lower = nextWordFollows ? capitals - 1 : capitals;
    return joined.substring(0, lower).toLowerCase(Locale.ROOT) + joined.substring(lower);
  }

  /** The Java name of a field, parameter, property or action: {@link #lowerCamel}, made legal. */
  public static String fieldName(String name) {
    String camel = lowerCamel(name);
    if (camel.isEmpty() || isReserved(camel) || !Character.isJavaIdentifierStart(camel.codePointAt(0))) {
      return "_" + camel;
    }
    return camel;
  }

  /**
   * The Java names of the members of one owner (the fields of a resource or a model, the parameters
   * of an action), in the order given: {@link #fieldName} of each, except that a name starting with
   * a lower-case letter whose twin starting with a capital is also there gets {@value #TWIN_SUFFIX}
   * ({@code Confirmed} → {@code confirmed}, {@code confirmed} → {@code confirmedLabel}). Open Dental
   * writes a column in PascalCase and a readable form of it (a definition's name, an enum's text)
   * under the same name in lower case. Names may still clash ({@code AptNum} and {@code APTNum});
   * the rules report that.
   */
  public static List<String> memberNames(List<String> wireNames) {
    Set<String> capitalised = new HashSet<>();
    for (String wireName : wireNames) {
      if (startsUpper(wireName)) {
        capitalised.add(fieldName(wireName));
      }
    }
    List<String> names = new ArrayList<>(wireNames.size());
    for (String wireName : wireNames) {
      String name = fieldName(wireName);
      boolean lowerTwin = !startsUpper(wireName) && capitalised.contains(name);
      names.add(lowerTwin ? name + TWIN_SUFFIX : name);
    }
    return names;
  }

  /** {@link #memberNames} of the fields of a resource, by wire name. */
  public static Map<String, String> fieldNames(List<Field> fields) {
    List<String> wireNames = fields.stream().map(Field::name).toList();
    List<String> javaNames = memberNames(wireNames);
    Map<String, String> byWireName = new LinkedHashMap<>();
    for (int i = 0; i < wireNames.size(); i++) {
      byWireName.putIfAbsent(wireNames.get(i), javaNames.get(i));
    }
    return byWireName;
  }

  private static boolean startsUpper(String name) {
    return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
  }

  /** Drops characters that cannot be in an identifier, capitalising the letter after each. */
  private static String joinWords(String name) {
    StringBuilder joined = new StringBuilder(name.length());
    boolean capitalizeNext = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isJavaIdentifierPart(c)) {
        capitalizeNext = joined.length() > 0;
        continue;
      }
      joined.append(capitalizeNext ? Character.toUpperCase(c) : c);
      capitalizeNext = false;
    }
    return joined.toString();
  }
}
