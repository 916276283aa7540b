package dev.odgen.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the last successful run left in the output directory ({@value #FILE_NAME}): the digest of its inputs' content,
 * their stamp (sizes and times, {@value #NO_STAMP} when there was none), then the files it generated, one per line.
 * A run is skipped only when the stamp or the digest matches and every one of those files is still there; the file
 * is removed before a run and written again only after it succeeded.
 */
final class UpToDateState {

  static final String FILE_NAME = ".odgen-inputs";
  private static final String HEADER = "# odgen: inputs of the last successful run (digest, stamp), then its files."
      + " Do not edit.";
  /** The stamp line when the inputs had no stamp; never equal to a stamp, which is hex. */
  static final String NO_STAMP = "-";

  private final Path file;
  private final Path outputDir;
  private List<String> lines;

  UpToDateState(Path outputDir) {
    this.outputDir = outputDir;
    this.file = outputDir.resolve(FILE_NAME);
  }

  /** The record's file. */
  Path file() {
    return file;
  }

  /** True when the last run's inputs had {@code stamp} and all its files still exist; false without a stamp. */
  boolean isUpToDateByStamp(Optional<String> stamp) throws IOException {
    return stamp.isPresent() && hasRecord() && lines.get(2).equals(stamp.get()) && filesExist();
  }

  /** True when the last run had inputs with {@code digest} and all its files still exist. */
  boolean isUpToDate(String digest) throws IOException {
    return hasRecord() && lines.get(1).equals(digest) && filesExist();
  }

  /** Records the inputs' new stamp beside the digest that still matches, so the next check needs only the stamp. */
  void restamp(Optional<String> stamp) throws IOException {
    if (stamp.isPresent() && hasRecord() && !lines.get(2).equals(stamp.get())) {
      lines.set(2, stamp.get());
      Files.write(file, lines, StandardCharsets.UTF_8);
    }
  }

  /** Forgets the last run, so a run that fails half-way is never taken as up to date. */
  void forget() throws IOException {
    lines = null;
    Files.deleteIfExists(file);
  }

  /** Records a successful run with inputs {@code digest} (and {@code stamp}) that generated {@code paths}. */
  void record(String digest, Optional<String> stamp, Collection<String> paths) throws IOException {
    List<String> record = new ArrayList<>();
    record.add(HEADER);
    record.add(digest);
    record.add(stamp.orElse(NO_STAMP));
    record.addAll(paths);
    Files.createDirectories(outputDir);
    Files.write(file, record, StandardCharsets.UTF_8);
    lines = record;
  }

  /** Reads the record once; false when there is none or it is not one this version writes. */
  private boolean hasRecord() throws IOException {
    if (lines == null) {
      lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }
    return lines.size() >= 3 && lines.get(0).equals(HEADER);
  }

  private boolean filesExist() {
    for (String path : lines.subList(3, lines.size())) {
      if (!path.isBlank() && !Files.isRegularFile(outputDir.resolve(path))) {
        return false;
      }
    }
    return true;
  }
}
