package dev.odgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorVersionTest {

  @Test
  void pluginVersionIsFilteredIn() throws IOException {
    // filtered from ${project.version} into the plugin's resources; unfiltered it would read "${project.version}"
    assertTrue(GeneratorVersion.pluginVersion().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"),
        GeneratorVersion.pluginVersion());
  }

  @Test
  void aClassesDirectoryIsFingerprintedByItsFilesSoAChangedGeneratorRegenerates(@TempDir Path classes)
      throws IOException {
    Files.createDirectories(classes.resolve("dev/odgen"));
    Files.writeString(classes.resolve("dev/odgen/A.class"), "one");
    Files.writeString(classes.resolve("B.class"), "two");
    String before = GeneratorVersion.fingerprint(classes);
    assertTrue(before.matches(" [0-9a-f]{64}"), before);
    assertEquals(before, GeneratorVersion.fingerprint(classes));

    Files.writeString(classes.resolve("dev/odgen/A.class"), "changed");
    String changed = GeneratorVersion.fingerprint(classes);
    assertNotEquals(before, changed);

    Files.writeString(classes.resolve("dev/odgen/A.class"), "one");
    Files.move(classes.resolve("B.class"), classes.resolve("dev/odgen/B.class"));
    assertNotEquals(before, GeneratorVersion.fingerprint(classes), "a moved file is a different generator");
  }

  @Test
  void aJarIsFingerprintedByItsBytesAndNothingElseByNothing(@TempDir Path dir) throws IOException {
    Path jar = Files.writeString(dir.resolve("odgen.jar"), "jar bytes");
    String fingerprint = GeneratorVersion.fingerprint(jar);
    assertTrue(fingerprint.matches(" [0-9a-f]{64}"), fingerprint);
    assertNotEquals(fingerprint, GeneratorVersion.fingerprint(Files.writeString(jar, "other bytes")));
    assertEquals("", GeneratorVersion.fingerprint(dir.resolve("missing")));
    assertEquals("", GeneratorVersion.fingerprint(null));
  }

  @Test
  void currentStartsWithThePluginVersionAndIsStable() throws IOException {
    String current = GeneratorVersion.current();

    assertTrue(current.startsWith(GeneratorVersion.pluginVersion()), current);
    assertEquals(current, GeneratorVersion.current());
  }
}
