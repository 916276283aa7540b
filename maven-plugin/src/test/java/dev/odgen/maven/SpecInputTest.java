package dev.odgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedFileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecInputTest {

  @TempDir Path dir;

  @Test
  void namedSpecIsUsedAsItIs() throws IOException {
    Path spec = Files.createDirectories(dir.resolve("spec"));

    try (SpecInput input = SpecInput.open(spec.toFile(), getClass().getClassLoader())) {
      assertEquals(spec, input.path());
      assertFalse(input.isBundled());
      assertEquals(dir, input.labelBase(dir));
    }
  }

  @Test
  void missingNamedSpecIsReported() {
    assertThrows(NoSuchFileException.class,
        () -> SpecInput.open(dir.resolve("nowhere").toFile(), getClass().getClassLoader()));
  }

  @Test
  void bundledSpecIsReadInsideItsJarAndNamedFromTheJarRoot() throws IOException {
    Path jar = jarWith("odgen/specs/opendental/api.yaml", "api: {name: OpenDental}\n");
    SpecInput input;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      input = SpecInput.open(null, loader);
    }

    try (input) {
      assertTrue(input.isBundled());
      assertEquals("api: {name: OpenDental}\n", Files.readString(input.path().resolve("api.yaml")));
      assertEquals("odgen/specs/opendental", input.labelBase(dir).relativize(input.path()).toString());
    }
    assertThrows(ClosedFileSystemException.class, () -> Files.readString(input.path().resolve("api.yaml")));
  }

  @Test
  void bundledSpecInAFolderOfClasses() throws IOException {
    Path classes = dir.resolve("classes");
    Path folder = Files.createDirectories(classes.resolve("odgen/specs/opendental"));
    Files.writeString(folder.resolve("api.yaml"), "api: {}\n");

    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
        SpecInput input = SpecInput.open(null, loader)) {
      assertEquals(folder, input.path());
      assertTrue(input.isBundled());
      assertEquals(classes, input.labelBase(dir));
    }
  }

  @Test
  void bundledSpecMissingFromTheClassPathIsReported() throws IOException {
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      assertThrows(NoSuchFileException.class, () -> SpecInput.open(null, empty));
    }
  }

  private Path jarWith(String entry, String content) throws IOException {
    Path jar = dir.resolve("spec.jar");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
      zip.putNextEntry(new JarEntry(entry));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return jar;
  }
}
