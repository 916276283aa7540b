package dev.odgen.codegen.output;

import dev.odgen.codegen.emit.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Puts generated files into one output directory, and is the only code that does. It receives every file
 * in memory first, so a failure while generating leaves the previous output as it was. Then it:
 *
 * <ol>
 *   <li>claims each path once and refuses paths outside the directory ({@link PathClaims});
 *   <li>records every path it may create in the manifest before creating any, so an interrupted run
 *       leaves no file the next run does not know about;
 *   <li>writes only files whose bytes differ (temporary file, then an atomic move), so unchanged files
 *       keep their modification time and builds stay incremental;
 *   <li>removes files the previous manifest lists that are no longer generated, and folders this left
 *       empty; nothing else is ever deleted;
 *   <li>writes the final manifest.
 * </ol>
 *
 * <p>Text is written as UTF-8 exactly as given (emitters produce {@code \n} line ends). The directory may be
 * on any {@link java.nio.file.FileSystem}, e.g. an in-memory one in tests.
 */
public final class OutputWriter {

  private final Path root;
  private final boolean dryRun;

  /**
   * @param root the output directory; created when missing
   * @param dryRun true: work out what would change, touch nothing
   */
  public OutputWriter(Path root, boolean dryRun) {
    this.root = root.toAbsolutePath().normalize();
    this.dryRun = dryRun;
  }

  /** Writes {@code files} as described above; throws {@link OutputException} before writing on bad paths. */
  public WriteReport write(List<GeneratedFile> files) {
    SortedMap<String, GeneratedFile> claimed = PathClaims.claim(files);
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new OutputException("the output " + root + " is not a directory; choose a directory");
    }
    SortedSet<String> previous = Manifest.read(root);
    List<String> toWrite = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (GeneratedFile file : claimed.values()) {
      (hasContent(file) ? unchanged : toWrite).add(file.path());
    }
    List<String> stale = previous.stream()
        .filter(path -> !claimed.containsKey(path))
        .filter(path -> Files.isRegularFile(inside(path)))
        .toList();
    if (!dryRun) {
      SortedSet<String> everything = new TreeSet<>(previous);
      everything.addAll(claimed.keySet());
      writeManifest(everything);
      toWrite.forEach(path -> writeAtomically(path, claimed.get(path).content()));
      stale.forEach(this::remove);
      writeManifest(claimed.keySet());
    }
    return new WriteReport(toWrite, unchanged, stale);
  }

  private boolean hasContent(GeneratedFile file) {
    Path target = inside(file.path());
    try {
      return Files.isRegularFile(target)
          && Arrays.equals(Files.readAllBytes(target), file.content().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new OutputException("cannot read " + target + ": " + e.getMessage(), e);
    }
  }

  private void writeManifest(Collection<String> paths) {
    String text = Manifest.render(paths);
    Path file = root.resolve(Manifest.FILE_NAME);
    try {
      if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
        writeAtomically(Manifest.FILE_NAME, text);
      }
    } catch (IOException e) {
      throw new OutputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private void writeAtomically(String path, String content) {
    Path target = inside(path);
    Path temp = null;
    try {
      Files.createDirectories(target.getParent());
      requireInsideRealRoot(target.getParent(), path);
      temp = Files.createTempFile(target.getParent(), ".odgen-", ".tmp");
      Files.write(temp, content.getBytes(StandardCharsets.UTF_8));
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new OutputException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /** Deletes a stale file, then each parent folder inside the root that is left empty. */
  private void remove(String path) {
    Path target = inside(path);
    try {
      requireInsideRealRoot(target.getParent(), path);
      Files.deleteIfExists(target);
      for (Path dir = target.getParent(); !dir.equals(root) && isEmptyDirectory(dir); dir = dir.getParent()) {
        Files.delete(dir);
      }
    } catch (IOException e) {
      throw new OutputException("cannot remove " + target + ": " + e.getMessage(), e);
    }
  }

  private Path inside(String path) {
    Path target = root.resolve(path).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new OutputException("refusing '" + path + "': it is outside the output directory " + root);
    }
    return target;
  }

  /** Guards against a folder inside the root that is a link to somewhere outside it. */
  private void requireInsideRealRoot(Path dir, String path) throws IOException {
    if (!dir.toRealPath().startsWith(root.toRealPath())) {
      throw new OutputException("refusing '" + path + "': its folder leads outside the output directory " + root
          + " (through a link)");
    }
  }

  private static boolean isEmptyDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the write already failed; that error is the one to report
      }
    }
  }
}
