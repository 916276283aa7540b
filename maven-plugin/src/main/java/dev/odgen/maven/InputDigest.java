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
 * A SHA-256 fingerprint of everything a run's output depends on: the path and text of every spec file, each
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

  /**
   * The fingerprint, in hex, of a run of {@code request} by {@code generator}, whose spec consists of
   * {@code specFiles} (as the loader reads them).
   */
  static String of(List<SpecSource> specFiles, CodegenRequest request, String generator) {
    InputDigest digest = new InputDigest();
    digest.add("generator", generator);
    digest.add("spec", request.spec() instanceof SpecInput.OnDisk onDisk
        ? onDisk.path().toAbsolutePath().normalize().toString()
        : request.spec().label(request.baseDir()));
    digest.add("base", request.baseDir().toAbsolutePath().normalize().toString());
    digest.add("output", request.outputDir().toAbsolutePath().normalize().toString());
    digest.add("package", request.basePackage().orElse(""));
    digest.add("kinds", request.kinds().stream().map(ArtifactKind::optionName).sorted().toList().toString());
    digest.add("include", request.include().toString());
    digest.add("exclude", request.exclude().toString());
    digest.add("dry-run", Boolean.toString(request.dryRun()));
    digest.add("@Generated", Boolean.toString(request.generatedAnnotation()));
    // sorted, so the order never depends on the file system
    for (SpecSource file : specFiles.stream().sorted(Comparator.comparing(SpecSource::path)).toList()) {
      digest.add("file", file.path());
      digest.add("text", file.text());
    }
    return HexFormat.of().formatHex(digest.sha256.digest());
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
