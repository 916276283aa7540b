package dev.odgen.maven;

import dev.odgen.spec.SpecInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The files a run reads, each by path, size and modification time: every file under the spec folder (or the spec
 * file, or the jar or folder a spec on the classpath comes from) and the generator's code. Taking them costs a walk
 * and a stat per file, where {@link InputDigest#of} reads and hashes every byte of the spec and the up-to-date check
 * hashes the generator's jar.
 *
 * <p>File times are coarse (a few milliseconds on Linux, 2 s on FAT), so a file written again within the same tick
 * can keep its size and time. Stamps are therefore taken only when every file is older than {@link #SETTLED} at the
 * moment of taking them; otherwise there are none and the check falls back to reading the content.
 */
final class InputFiles {

  /** How old every input must be for its stamp to stand for its content. */
  static final long SETTLED_MILLIS = 2_000;

  /** One file: its absolute path, its size in bytes and its modification time. */
  record Stamp(String path, long size, long modifiedNanos) {}

  private InputFiles() {}

  /**
   * The stamps of the spec's files and the generator's code ({@code generatorCode}, a jar or a classes folder), in
   * path order; empty when a file cannot be located or read, or was modified less than {@link #SETTLED_MILLIS}
   * before {@code now}.
   */
  static Optional<List<Stamp>> of(SpecInput spec, Path generatorCode, Instant now) {
    Optional<Path> specLocation = location(spec);
    if (specLocation.isEmpty() || generatorCode == null) {
      return Optional.empty();
    }
    long settledNanos = TimeUnit.MILLISECONDS.toNanos(now.toEpochMilli() - SETTLED_MILLIS);
    List<Stamp> stamps = new ArrayList<>();
    try {
      addAll(specLocation.get(), stamps);
      addAll(generatorCode, stamps);
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
    if (stamps.stream().anyMatch(stamp -> stamp.modifiedNanos() > settledNanos)) {
      return Optional.empty();
    }
    return Optional.of(stamps);
  }

  /** The file or folder the spec is read from; empty when that is not a file of the default file system. */
  private static Optional<Path> location(SpecInput spec) {
    if (spec instanceof SpecInput.OnDisk onDisk) {
      return Optional.of(onDisk.path());
    }
    if (spec instanceof SpecInput.InJar inJar) {
      return Optional.of(inJar.jar());
    }
    if (spec instanceof SpecInput.OnClasspath onClasspath) {
      URL apiFile = onClasspath.loader().getResource(onClasspath.folder() + "/api.yaml");
      return apiFile == null ? Optional.empty() : classpathLocation(apiFile);
    }
    return Optional.empty();
  }

  /** {@code jar:file:/m2/spec.jar!/odgen/specs/x/api.yaml}: the jar; {@code file:/classes/odgen/specs/x/api.yaml}: its folder. */
  private static Optional<Path> classpathLocation(URL apiFile) {
    try {
      if (apiFile.getProtocol().equals("jar")) {
        String inner = apiFile.getPath();
        int separator = inner.indexOf("!/");
        URL jar = new URL(separator < 0 ? inner : inner.substring(0, separator));
        return jar.getProtocol().equals("file") ? Optional.of(Path.of(jar.toURI())) : Optional.empty();
      }
      return apiFile.getProtocol().equals("file")
          ? Optional.of(Path.of(apiFile.toURI()).getParent()) : Optional.empty();
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Every file at or under {@code location}, links followed to what they point at, in path order. */
  private static void addAll(Path location, List<Stamp> stamps) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(location)) {
      files = walk.sorted(Comparator.comparing(Path::toString)).toList();
    }
    for (Path file : files) {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (!attributes.isDirectory()) {
        stamps.add(new Stamp(file.toAbsolutePath().normalize().toString(), attributes.size(),
            attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
      }
    }
  }
}
