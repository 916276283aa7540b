package dev.odgen.maven;

import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.CodegenRequest;
import dev.odgen.spec.SpecInput;
import dev.odgen.spec.yaml.SpecSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 fingerprint of everything a run's output depends on: each request setting and the generator, then
 * either the path and text of every spec file ({@link #of}: equal fingerprints mean the run would write the same
 * files) or the path, size and modification time of every input file ({@link #stamp}: cheap to take, for the
 * up-to-date check's first look).
 */
final class InputDigest {

  private final MessageDigest sha256;

  private InputDigest(CodegenRequest request, String generator) {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    add("generator", generator);
    add("spec", request.spec() instanceof SpecInput.OnDisk onDisk
        ? onDisk.path().toAbsolutePath().normalize().toString()
        : request.spec().label(request.baseDir()));
    add("base", request.baseDir().toAbsolutePath().normalize().toString());
    add("output", request.outputDir().toAbsolutePath().normalize().toString());
    add("package", request.basePackage().orElse(""));
    add("kinds", request.kinds().stream().map(ArtifactKind::optionName).sorted().toList().toString());
    add("include", request.include().toString());
    add("exclude", request.exclude().toString());
    add("dry-run", Boolean.toString(request.dryRun()));
    add("@Generated", Boolean.toString(request.generatedAnnotation()));
  }

  /**
   * The fingerprint, in hex, of a run of {@code request} by {@code generator}, whose spec consists of
   * {@code specFiles} (as the loader reads them).
   */
  static String of(List<SpecSource> specFiles, CodegenRequest request, String generator) {
    InputDigest digest = new InputDigest(request, generator);
    // sorted, so the order never depends on the file system
    for (SpecSource file : specFiles.stream().sorted(Comparator.comparing(SpecSource::path)).toList()) {
      digest.add("file", file.path());
      digest.add("text", file.text());
    }
    return digest.hex();
  }

  /**
   * The fingerprint, in hex, of a run of {@code request} by the plugin of version {@code pluginVersion}, whose
   * inputs (spec files and the generator's code) are {@code files}, each by path, size and modification time.
   */
  static String stamp(List<InputFiles.Stamp> files, CodegenRequest request, String pluginVersion) {
    InputDigest digest = new InputDigest(request, pluginVersion);
    for (InputFiles.Stamp file : files) {
      digest.add("input", file.path());
      digest.add("size", Long.toString(file.size()));
      digest.add("modified", Long.toString(file.modifiedNanos()));
    }
    return digest.hex();
  }

  private String hex() {
    return HexFormat.of().formatHex(sha256.digest());
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
