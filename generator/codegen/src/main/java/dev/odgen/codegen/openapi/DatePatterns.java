package dev.odgen.codegen.openapi;

/**
 * A regular expression (ECMA 262, as JSON Schema's {@code pattern} takes) for text in a date or time format
 * of the spec's {@code wire} settings: {@code yyyy-MM-dd} becomes {@code ^\d{4}-\d{2}-\d{2}$}.
 */
final class DatePatterns {

  private DatePatterns() {}

  static String of(String format) {
    StringBuilder regex = new StringBuilder("^");
    int i = 0;
    while (i < format.length()) {
      char c = format.charAt(i);
      if (c == '\'') {
        int end = format.indexOf('\'', i + 1);
        int stop = end < 0 ? format.length() : end;
        format.substring(i + 1, stop).chars().forEach(ch -> regex.append(literal((char) ch)));
        i = stop + 1;
        continue;
      }
      int run = i;
      while (run < format.length() && format.charAt(run) == c) {
        run++;
      }
      int count = run - i;
      regex.append(Character.isLetter(c) ? letters(c, count) : literal(c).repeat(count));
      i = run;
    }
    return regex.append('$').toString();
  }

  /** A run of one pattern letter: its digits, a month name, an am/pm marker. */
  private static String letters(char letter, int count) {
    return switch (letter) {
      case 'y', 'u' -> count == 2 ? "\\d{2}" : "\\d{4}";
      case 'M', 'L' -> count >= 3 ? "[A-Za-z]+" : digits(count);
      case 'S' -> "\\d{" + count + "}";
      case 'a' -> "[AaPp][Mm]";
      case 'd', 'H', 'h', 'K', 'k', 'm', 's' -> digits(count);
      default -> "\\S+";
    };
  }

  private static String digits(int count) {
    return count >= 2 ? "\\d{" + count + "}" : "\\d{1,2}";
  }

  private static String literal(char c) {
    // only ECMA 262's syntax characters are escaped: other escapes are errors under its unicode flag
    return "\\^$.|?*+()[]{}".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c);
  }
}
