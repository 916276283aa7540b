package dev.odgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.spec.SpecInput;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");
  private static final FileTime AN_HOUR_AGO = FileTime.from(NOW.minusSeconds(3600));

  @TempDir Path dir;

  @Test
  void settledFilesAreStampedBySizeAndTimeInPathOrder() throws IOException {
    Path spec = Files.createDirectories(dir.resolve("spec"));
    settled(Files.writeString(spec.resolve("widgets.yaml"), "resource: Widgets\n"));
    settled(Files.writeString(spec.resolve("api.yaml"), "api: {}\n"));
    Path generator = settled(Files.writeString(dir.resolve("odgen-codegen.jar"), "jar"));

    List<InputFiles.Stamp> stamps = InputFiles.of(SpecInput.path(spec), generator, NOW).orElseThrow();

    assertEquals(List.of(spec.resolve("api.yaml").toString(), spec.resolve("widgets.yaml").toString(),
        generator.toString()), stamps.stream().map(InputFiles.Stamp::path).toList());
    assertEquals(List.of(8L, 18L, 3L), stamps.stream().map(InputFiles.Stamp::size).toList());
    assertEquals(AN_HOUR_AGO.to(java.util.concurrent.TimeUnit.NANOSECONDS), stamps.get(0).modifiedNanos());
  }

  @Test
  void aFileModifiedWithinTheSettlingTimeLeavesNoStamp() throws IOException {
    Path spec = settled(Files.writeString(dir.resolve("api.yaml"), "api: {}\n"));
    Path generator = settled(Files.writeString(dir.resolve("odgen-codegen.jar"), "jar"));
    Files.setLastModifiedTime(spec, FileTime.from(NOW.minusMillis(InputFiles.SETTLED_MILLIS - 1)));

    assertEquals(Optional.empty(), InputFiles.of(SpecInput.path(spec), generator, NOW));

    Files.setLastModifiedTime(spec, FileTime.from(NOW.minusMillis(InputFiles.SETTLED_MILLIS + 1)));
    assertTrue(InputFiles.of(SpecInput.path(spec), generator, NOW).isPresent());
  }

  @Test
  void unknownGeneratorCodeOrAMissingSpecLeavesNoStamp() throws IOException {
    Path spec = settled(Files.writeString(dir.resolve("api.yaml"), "api: {}\n"));
    Path generator = settled(Files.writeString(dir.resolve("odgen-codegen.jar"), "jar"));

    assertEquals(Optional.empty(), InputFiles.of(SpecInput.path(spec), null, NOW));
    assertEquals(Optional.empty(), InputFiles.of(SpecInput.path(dir.resolve("missing")), generator, NOW));
  }

  @Test
  void aSpecOnTheClasspathIsStampedByTheJarThatHoldsIt() throws IOException {
    Path jar = dir.resolve("odgen-spec-shop.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("odgen/specs/shop/api.yaml"));
      out.write("api: {}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.closeEntry();
    }
    settled(jar);
    Path generator = settled(Files.writeString(dir.resolve("odgen-codegen.jar"), "jar"));

    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      List<InputFiles.Stamp> stamps =
          InputFiles.of(SpecInput.classpath(loader, "odgen/specs/shop"), generator, NOW).orElseThrow();

      assertEquals(List.of(jar.toString(), generator.toString()),
          stamps.stream().map(InputFiles.Stamp::path).toList());
      assertEquals(Files.size(jar), stamps.get(0).size());
      assertEquals(Optional.empty(), InputFiles.of(SpecInput.classpath(loader, "odgen/specs/none"), generator, NOW));
    }
  }

  private static Path settled(Path file) throws IOException {
    Files.setLastModifiedTime(file, AN_HOUR_AGO);
    return file;
  }
}
