package dev.odgen.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the last successful run left in the output directory ({@value #FILE_NAME}): the digest of its inputs,
 * then the files it generated, one per line. A run is skipped only when the digest matches and every one of
 * those files is still there; the file is removed before a run and written again only after it succeeded.
 */
final class UpToDateState {

  static final String FILE_NAME = ".odgen-inputs";
  private static final String HEADER = "# odgen: inputs of the last successful run, then its files. Do not edit.";

  private final Path file;
  private final Path outputDir;

  UpToDateState(Path outputDir) {
    this.outputDir = outputDir;
    this.file = outputDir.resolve(FILE_NAME);
  }

  /** The record's file. */
  Path file() {
    return file;
  }

  /** True when the last run had inputs with {@code digest} and all its files still exist. */
  boolean isUpToDate(String digest) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).equals(digest)) {
      return false;
    }
    for (String path : lines.subList(2, lines.size())) {
      if (!path.isBlank() && !Files.isRegularFile(outputDir.resolve(path))) {
        return false;
      }
    }
    return true;
  }

  /** Forgets the last run, so a run that fails half-way is never taken as up to date. */
  void forget() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Records a successful run with inputs {@code digest} that generated {@code paths}. */
  void record(String digest, Collection<String> paths) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.add(digest);
    lines.addAll(paths);
    Files.createDirectories(outputDir);
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
