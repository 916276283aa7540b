package dev.odgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class GeneratorVersionTest {

  @Test
  void pluginVersionIsFilteredIn() throws IOException {
    // filtered from ${project.version} into the plugin's resources; unfiltered it would read "${project.version}"
    assertTrue(GeneratorVersion.pluginVersion().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"),
        GeneratorVersion.pluginVersion());
  }

  @Test
  void currentStartsWithThePluginVersionAndIsStable() throws IOException {
    String current = GeneratorVersion.current();

    assertTrue(current.startsWith(GeneratorVersion.pluginVersion()), current);
    assertEquals(current, GeneratorVersion.current());
  }
}
