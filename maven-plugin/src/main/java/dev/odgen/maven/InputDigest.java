package dev.odgen.maven;

import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.CodegenRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 fingerprint of everything a run's output depends on: the path and bytes of every spec file, each
 * request setting, and the generator's version. Equal fingerprints mean the run would write the same files.
 */
final class InputDigest {

  private final MessageDigest sha256;

  private InputDigest() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The fingerprint, in hex, of a run of {@code request} (whose spec is {@code spec}) by {@code generator}. */
  static String of(Path spec, CodegenRequest request, String generator) throws IOException {
    InputDigest digest = new InputDigest();
    digest.add("generator", generator);
    digest.add("spec", request.specLabel());
    digest.add("output", request.outputDir().toAbsolutePath().normalize().toString());
    digest.add("package", request.basePackage().orElse(""));
    digest.add("kinds", request.kinds().stream().map(ArtifactKind::optionName).sorted().toList().toString());
    digest.add("include", request.include().toString());
    digest.add("exclude", request.exclude().toString());
    digest.add("dry-run", Boolean.toString(request.dryRun()));
    for (Path file : filesOf(spec)) {
      digest.add("file", relativeName(spec, file));
      digest.add(Files.readAllBytes(file));
    }
    return HexFormat.of().formatHex(digest.sha256.digest());
  }

  /** Every regular file of the spec, sorted by relative name so the order never depends on the file system. */
  private static List<Path> filesOf(Path spec) throws IOException {
    if (Files.isRegularFile(spec)) {
      return List.of(spec);
    }
    try (Stream<Path> walk = Files.walk(spec)) {
      return walk.filter(Files::isRegularFile)
          .sorted((a, b) -> relativeName(spec, a).compareTo(relativeName(spec, b)))
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static String relativeName(Path spec, Path file) {
    Path relative = file.equals(spec) ? file.getFileName() : spec.relativize(file);
    return relative.toString().replace(spec.getFileSystem().getSeparator(), "/");
  }

  private void add(String key, String value) {
    add(key.getBytes(StandardCharsets.UTF_8));
    add(value.getBytes(StandardCharsets.UTF_8));
  }

  /** Length first, so that no two different sequences of values feed the same bytes. */
  private void add(byte[] bytes) {
    sha256.update(HexFormat.of().toHexDigits(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha256.update(bytes);
  }
}
