package dev.odgen.maven;

import dev.odgen.codegen.Codegen;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Names the generator that produces the output, for the up-to-date check: the plugin's version plus a hash of
 * the generator jar. The hash matters for SNAPSHOT builds, whose jar changes while the version stays put.
 */
final class GeneratorVersion {

  private static final String PROPERTIES = "odgen-maven-plugin.properties";

  private GeneratorVersion() {}

  /** E.g. {@code 0.1.0 3f5a...}; the version alone when the generator is not in a jar (a test run). */
  static String current() throws IOException {
    return pluginVersion() + jarFingerprint();
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

  private static String jarFingerprint() throws IOException {
    CodeSource source = Codegen.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return "";
    }
    Path location;
    try {
      location = Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return "";
    }
    if (!Files.isRegularFile(location)) {
      return "";
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(location));
      return " " + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
