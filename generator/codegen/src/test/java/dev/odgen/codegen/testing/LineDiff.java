package dev.odgen.codegen.testing;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts by lines (longest common subsequence), for golden-file failures. */
public final class LineDiff {

  private static final int CONTEXT = 3;

  private LineDiff() {}

  /** The diff from {@code expected} to {@code actual} with 3 lines of context; "" when they are equal. */
  public static String unified(String name, String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    List<String[]> edits = edits(a, b);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i)[0].equals(" ")) {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int quiet = 0;
      while (end < edits.size() && quiet <= 2 * CONTEXT) {
        quiet = edits.get(end)[0].equals(" ") ? quiet + 1 : 0;
        end++;
      }
      end = Math.min(edits.size(), end - Math.max(0, quiet - CONTEXT));
      if (out.length() == 0) {
        out.append("--- expected/").append(name).append('\n').append("+++ actual/").append(name).append('\n');
      }
      out.append("@@ ").append(lineOf(edits, start, "-")).append(' ').append(lineOf(edits, start, "+")).append(" @@\n");
      for (int k = start; k < end; k++) {
        out.append(edits.get(k)[0]).append(edits.get(k)[1]).append('\n');
      }
      i = end;
    }
    if (out.length() == 0 && !expected.equals(actual)) {
      out.append("files differ only in line endings or the final newline: ").append(name).append('\n');
    }
    return out.toString();
  }

  /** Edits as pairs of {" ", "-", "+"} and the line. */
  private static List<String[]> edits(List<String> a, List<String> b) {
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String[]> edits = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        edits.add(new String[] {" ", a.get(i++)});
        j++;
      } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
        edits.add(new String[] {"-", a.get(i++)});
      } else {
        edits.add(new String[] {"+", b.get(j++)});
      }
    }
    return edits;
  }

  /** The 1-based line number in one side where the hunk starting at edit {@code index} begins. */
  private static String lineOf(List<String[]> edits, int index, String side) {
    int line = 1;
    for (int k = 0; k < index; k++) {
      if (edits.get(k)[0].equals(" ") || edits.get(k)[0].equals(side)) {
        line++;
      }
    }
    return side + line;
  }
}
