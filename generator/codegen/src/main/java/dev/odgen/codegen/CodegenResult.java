package dev.odgen.codegen;

import dev.odgen.codegen.emit.GeneratedFile;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a run produced and did to the output directory.
 *
 * @param files every generated file, in path order, with its content
 * @param written paths created or replaced (in a dry run: that would be)
 * @param unchanged paths whose content was already right; not touched
 * @param removed paths of earlier output no longer generated (in a dry run: that would be)
 * @param duration the time the run took, loading included
 * @param dryRun whether the directory was left alone
 */
public record CodegenResult(
    List<GeneratedFile> files,
    List<String> written,
    List<String> unchanged,
    List<String> removed,
    Duration duration,
    boolean dryRun) {

  public CodegenResult {
    files = List.copyOf(files);
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    removed = List.copyOf(removed);
  }

  /** One line for people: {@code 12 files written, 230 unchanged, 1 removed in 0.84 s}. */
  public String summary() {
    String counts = count(written.size(), "file") + (dryRun ? " to write, " : " written, ")
        + unchanged.size() + " unchanged, "
        + removed.size() + (dryRun ? " to remove" : " removed");
    String time = String.format(Locale.ROOT, " in %.2f s", duration.toNanos() / 1e9);
    return counts + time + (dryRun ? " (dry run: nothing was changed)" : "");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
