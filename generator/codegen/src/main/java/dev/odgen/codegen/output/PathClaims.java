package dev.odgen.codegen.output;

import dev.odgen.codegen.emit.GeneratedFile;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Checks the generated files before anything is written: every path is relative, stays inside the output
 * directory, is not the manifest, and is claimed by one file only (also ignoring case, since two such files
 * would overwrite each other on macOS and Windows).
 */
final class PathClaims {

  private PathClaims() {}

  /** The files by path, sorted; throws {@link OutputException} naming the first bad path. */
  static SortedMap<String, GeneratedFile> claim(List<GeneratedFile> files) {
    SortedMap<String, GeneratedFile> byPath = new TreeMap<>();
    Map<String, GeneratedFile> byFoldedPath = new HashMap<>();
    for (GeneratedFile file : files) {
      String problem = problemWith(file.path());
      if (problem != null) {
        throw new OutputException("refusing to write '" + file.path() + "' from " + file.emitter() + ": " + problem);
      }
      GeneratedFile earlier = byFoldedPath.putIfAbsent(file.path().toLowerCase(Locale.ROOT), file);
      if (earlier != null) {
        throw new OutputException("two generated files claim '" + file.path() + "'"
            + (earlier.path().equals(file.path()) ? "" : " (as '" + earlier.path() + "', which differs only in case)")
            + ": " + earlier.emitter() + " and " + file.emitter()
            + "; rename one of the spec names they come from");
      }
      byPath.put(file.path(), file);
    }
    return byPath;
  }

  /** Why {@code path} may not be written inside the output directory, or null when it may. */
  static String problemWith(String path) {
    if (path.isEmpty()) {
      return "the path is empty";
    }
    if (path.startsWith("/") || path.contains("\\") || path.contains(":")) {
      return "the path must be relative and use '/'";
    }
    for (String part : path.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return "the path must not contain empty, '.' or '..' parts";
      }
    }
    if (path.equals(Manifest.FILE_NAME)) {
      return "that name is reserved for odgen's manifest";
    }
    return null;
  }
}
