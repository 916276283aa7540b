package dev.odgen.openapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Puts an imported spec's files in a new folder, whole or not at all: they are written to a temporary folder beside
 * it, which is then renamed. A folder that exists and holds anything is never written into.
 */
public final class SpecDirectory {

  private SpecDirectory() {}

  /** @throws DirectoryNotEmptyException when {@code dir} exists and is not empty (nothing is written then) */
  public static void write(Path dir, Map<String, String> files) throws IOException {
    Path target = dir.toAbsolutePath().normalize();
    if (Files.exists(target)) {
      try (Stream<Path> entries = Files.list(target)) {
        if (entries.findAny().isPresent()) {
          throw new DirectoryNotEmptyException(dir + " (import writes a new spec folder; choose another or empty it)");
        }
      }
    }
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
    try {
      // a temporary folder is private to its owner; the spec is not
      if (Files.getFileStore(staging).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = staging.resolve(file.getKey()).normalize();
        if (!path.startsWith(staging)) {
          throw new IOException("refusing to write outside the spec folder: " + file.getKey());
        }
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      }
      Files.deleteIfExists(target);
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(staging, target);
      }
    } finally {
      deleteTree(staging);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
