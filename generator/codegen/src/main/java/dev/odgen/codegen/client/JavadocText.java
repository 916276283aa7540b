package dev.odgen.codegen.client;

import java.util.ArrayList;
import java.util.List;

/** Javadoc text wrapped to a readable width, since JavaPoet writes Javadoc lines as they come. */
final class JavadocText {

  /** Lines are wrapped at this many characters of text. */
  static final int WIDTH = 100;

  private JavadocText() {}

  /**
   * {@code text} with every line longer than {@value #WIDTH} characters broken at spaces, never inside an
   * inline tag such as <code>{&#64;code GET /patients}</code>.
   */
  static String wrap(String text) {
    return wrap(text, "");
  }

  /** Like {@link #wrap(String)}, with {@code indent} before every line the wrapping starts. */
  static String wrap(String text, String indent) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      int lineStart = out.length();
      for (String atom : atoms(line)) {
        int lineLength = out.length() - lineStart;
        if (lineLength > 0 && lineLength + 1 + atom.length() > WIDTH) {
          out.append('\n');
          lineStart = out.length();
          out.append(indent);
        } else if (lineLength > 0) {
          out.append(' ');
        }
        out.append(atom);
      }
    }
    return out.toString();
  }

  /** The words of {@code line}, the words of an inline tag joined into one. */
  private static List<String> atoms(String line) {
    List<String> atoms = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (String word : line.split(" ")) {
      current.append(current.length() > 0 ? " " : "").append(word);
      depth += count(word, '{') - count(word, '}');
      if (depth <= 0) {
        atoms.add(current.toString());
        current.setLength(0);
        depth = 0;
      }
    }
    if (current.length() > 0) {
      atoms.add(current.toString());
    }
    return atoms;
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(ch -> ch == c).count();
  }
}
