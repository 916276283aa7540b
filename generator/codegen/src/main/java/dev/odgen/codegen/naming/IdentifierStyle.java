package dev.odgen.codegen.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns spec names into the identifier styles the loader's {@code JavaIdentifiers} does not cover: enum
 * constants from member names (which may contain spaces) and class names. Pure functions; collisions are
 * the caller's business ({@link Allocator}).
 */
final class IdentifierStyle {

  /** Names a record component or method may not take, because records or Object already use them. */
  static final Set<String> OBJECT_METHODS =
      Set.of("hashCode", "toString", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  private IdentifierStyle() {}

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
