package dev.odgen.spec.diag;

/**
 * A place in a spec file: a path relative to where the tool runs, and a 1-based line and column.
 */
public record Location(String path, int line, int column) implements Comparable<Location> {

  /** A location for things that have no place in a file (defaults, generated entries). */
  public static Location unknown(String path) {
    return new Location(path, 0, 0);
  }

  @Override
  public int compareTo(Location other) {
    int byPath = path.compareTo(other.path);
    if (byPath != 0) {
      return byPath;
    }
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return line > 0 ? path + ":" + line + ":" + column : path;
  }
}
