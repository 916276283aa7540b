package dev.odgen.spec.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * "Did you mean" hints for names that failed to resolve: the closest candidate by edit distance,
 * and fix lines that list the choices when there are few of them.
 */
public final class Suggestions {

  /** Above this many choices a fix line stops listing them and only suggests the closest. */
  private static final int MAX_LISTED = 20;

  private Suggestions() {}

  /**
   * The candidate closest to {@code wrong}, when it is close enough to be a likely typo: a
   * case-insensitive match, or an edit distance of at most a third of the name (at least 2).
   */
  public static Optional<String> closest(String wrong, Collection<String> candidates) {
    String lower = wrong.toLowerCase(java.util.Locale.ROOT);
    for (String candidate : candidates) {
      if (candidate.toLowerCase(java.util.Locale.ROOT).equals(lower)) {
        return Optional.of(candidate);
      }
    }
    int limit = Math.max(2, wrong.length() / 3);
    return candidates.stream()
        .filter(c -> !c.equals(wrong))
        .map(c -> new Scored(c, distance(lower, c.toLowerCase(java.util.Locale.ROOT))))
        .filter(s -> s.distance <= limit)
        .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
        .map(Scored::candidate);
  }

  /**
   * A fix line for a name that is not one of {@code choices}: "use one of a, b, c; did you mean
   * 'x'?", or, with many choices, "use the name of an existing &lt;what&gt;; did you mean 'x'?".
   */
  public static String useOneOf(String what, String wrong, Collection<String> choices) {
    String hint = closest(wrong, choices).map(c -> "; did you mean '" + c + "'?").orElse("");
    if (choices.isEmpty()) {
      return "declare a " + what + " named '" + wrong + "' or remove the reference";
    }
    if (choices.size() > MAX_LISTED) {
      return "use the name of an existing " + what + hint;
    }
    List<String> sorted = choices.stream().sorted().toList();
    return "use one of " + String.join(", ", sorted) + hint;
  }

  /** Levenshtein distance between two strings. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private record Scored(String candidate, int distance) {}
}
