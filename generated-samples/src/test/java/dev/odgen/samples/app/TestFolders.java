package dev.odgen.samples.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Folders the test servers write files into: under target/, never the module's ./data. */
final class TestFolders {
  private TestFolders() {
  }

  /** A new, empty document store folder under target/. */
  static Path documentStore() {
    try {
      return Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-document-stores")), "store");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
