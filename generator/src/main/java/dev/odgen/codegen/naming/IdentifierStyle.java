package dev.odgen.codegen.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns spec names (PascalCase columns, lower-case derived names, enum members with spaces) into Java
 * identifiers of one style. Pure functions; collisions are the caller's business ({@link Allocator}).
 */
final class IdentifierStyle {

  /** Names a record component or method may not take, because records or Object already use them. */
  static final Set<String> OBJECT_METHODS =
      Set.of("hashCode", "toString", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  private IdentifierStyle() {}

  /** {@code AptNum -> aptNum}, {@code SSN -> ssn}, {@code TPStatus -> tpStatus}, {@code Not Accepted -> notAccepted}. */
  static String lowerCamel(String specName) {
    List<String> words = words(specName);
    if (words.isEmpty()) {
      return "value";
    }
    StringBuilder out = new StringBuilder(lowerLeadingCapitals(words.get(0)));
    for (String word : words.subList(1, words.size())) {
      out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return legal(out.toString());
  }

  /** {@code Scheduled -> SCHEDULED}, {@code UnschedList -> UNSCHED_LIST}, {@code Not Accepted -> NOT_ACCEPTED}. */
  static String upperSnake(String specName) {
    List<String> parts = new ArrayList<>();
    for (String word : words(specName)) {
      parts.addAll(camelHumps(word));
    }
    if (parts.isEmpty()) {
      return "EMPTY";
    }
    return legal(String.join("_", parts).toUpperCase(Locale.ROOT));
  }

  /** {@code patients -> Patients}, {@code open dental -> OpenDental}; keeps an existing PascalCase name. */
  static String upperCamel(String specName) {
    StringBuilder out = new StringBuilder();
    for (String word : words(specName)) {
      out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return legal(out.length() == 0 ? "Value" : out.toString());
  }

  /** Makes {@code name} a legal identifier: a leading digit gets {@code _}, a keyword gets a trailing {@code _}. */
  static String legal(String name) {
    String candidate = Character.isJavaIdentifierStart(name.charAt(0)) ? name : "_" + name;
    return SourceVersion.isKeyword(candidate) || candidate.equals("_") ? candidate + "_" : candidate;
  }

  /** Splits on every character that cannot appear in a Java identifier ({@code _} stays inside words). */
  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '_') {
        current.append(c);
      } else if (current.length() > 0) {
        words.add(current.toString());
        current.setLength(0);
      }
    }
    if (current.length() > 0) {
      words.add(current.toString());
    }
    return words;
  }

  /** Lower-cases the leading capitals, keeping the last one when it starts the next word: {@code TPStatus -> tpStatus}. */
  private static String lowerLeadingCapitals(String word) {
    int run = 0;
    while (run < word.length() && Character.isUpperCase(word.charAt(run))) {
      run++;
    }
    if (run > 1 && run < word.length() && Character.isLowerCase(word.charAt(run))) {
      run--;
    }
    int end = Math.max(run, 1);
    return word.substring(0, end).toLowerCase(Locale.ROOT) + word.substring(end);
  }

  /** {@code ASAPList -> [ASAP, List]}, {@code UnschedList -> [Unsched, List]}; digits stay with their word. */
  private static List<String> camelHumps(String word) {
    List<String> humps = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < word.length(); i++) {
      char previous = word.charAt(i - 1);
      char c = word.charAt(i);
      boolean lowerToUpper = !Character.isUpperCase(previous) && previous != '_' && Character.isUpperCase(c);
      boolean acronymEnd = Character.isUpperCase(previous) && Character.isUpperCase(c)
          && i + 1 < word.length() && Character.isLowerCase(word.charAt(i + 1));
      if (lowerToUpper || acronymEnd) {
        humps.add(word.substring(start, i));
        start = i;
      }
    }
    humps.add(word.substring(start));
    return humps.stream().map(h -> h.replaceAll("^_+|_+$", "")).filter(h -> !h.isEmpty()).toList();
  }
}
