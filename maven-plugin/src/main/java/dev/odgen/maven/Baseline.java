package dev.odgen.maven;

import dev.odgen.spec.SpecInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code baseline} parameter: a spec folder, file or jar relative to the project, or the coordinates of an
 * earlier spec artifact ({@code groupId:artifactId:version}), resolved to its jar.
 */
final class Baseline {
  private static final Pattern COORDINATES = Pattern.compile("([^:\\s]+):([^:\\s]+):([^:\\s]+)");

  private Baseline() {}

  /** Where the baseline spec is, and how to name it in the log. */
  record Located(SpecInput input, String label) {}

  static Located locate(String value, Path baseDir, SpecArtifacts artifacts) throws BaselineException {
    String text = value.strip();
    Path path = baseDir.resolve(text).normalize();
    if (Files.exists(path)) {
      return new Located(SpecInput.of(path), text);
    }
    Matcher coordinates = COORDINATES.matcher(text);
    if (coordinates.matches()) {
      Path jar = artifacts.jar(coordinates.group(1), coordinates.group(2), coordinates.group(3));
      return new Located(SpecInput.jar(jar), text);
    }
    throw new BaselineException("the baseline '" + text + "' is neither a spec folder, file or jar (relative to the"
        + " project) nor the coordinates groupId:artifactId:version of a spec artifact");
  }
}
