package dev.odgen.openapi;

import java.util.List;
import java.util.Map;

/**
 * An imported spec: its files (relative path → YAML text, the API file first), and what it left out (entries of
 * its exclusions file and notes), with the counts of what it holds.
 */
public record ImportResult(Map<String, String> files, int resources, int fields, int endpoints, int enums,
    List<String> leftOut) {

  public ImportResult {
    files = Map.copyOf(files);
    leftOut = List.copyOf(leftOut);
  }
}
