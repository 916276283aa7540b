package dev.odgen.codegen.output;

import java.util.List;

/**
 * What a write did (or, in a dry run, would do), as relative paths in sorted order.
 *
 * @param written files created or replaced because their content changed
 * @param unchanged files whose content was already right; not touched
 * @param removed files an earlier run generated that are no longer produced
 */
public record WriteReport(List<String> written, List<String> unchanged, List<String> removed) {

  public WriteReport {
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    removed = List.copyOf(removed);
  }
}
