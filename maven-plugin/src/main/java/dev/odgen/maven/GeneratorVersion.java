package dev.odgen.maven;

import dev.odgen.codegen.Codegen;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Names the generator that produces the output, for the up-to-date check: the plugin's version plus a hash of
 * the generator's code, its jar or, in a reactor build where Maven hands the plugin the generator module's
 * classes directory, every file in it. The hash matters for SNAPSHOT builds, whose code changes while the
 * version stays put.
 */
final class GeneratorVersion {

  private static final String PROPERTIES = "odgen-maven-plugin.properties";

  private GeneratorVersion() {}

  /** E.g. {@code 0.1.0 3f5a...}; the version alone when the generator's code cannot be located. */
  static String current() throws IOException {
    return pluginVersion() + fingerprint(codeLocation());
  }

  static String pluginVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = GeneratorVersion.class.getResourceAsStream(PROPERTIES)) {
      if (in == null) {
        throw new IOException(PROPERTIES + " is missing from the plugin jar");
      }
      properties.load(in);
    }
    return properties.getProperty("version", "unknown");
  }

  /** Where the generator's classes were loaded from, or {@code null} when that is not a file. */
  static Path codeLocation() {
    CodeSource source = Codegen.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return null;
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** {@code " <sha-256>"} of a jar, or of a directory's files (their paths and contents, in path order); "" otherwise. */
  static String fingerprint(Path location) throws IOException {
    if (location == null) {
      return "";
    }
    MessageDigest digest = sha256();
    if (Files.isRegularFile(location)) {
      digest.update(Files.readAllBytes(location));
    } else if (Files.isDirectory(location)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(location)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path file : files) {
        digest.update(location.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Files.readAllBytes(file));
      }
    } else {
      return "";
    }
    return " " + HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
