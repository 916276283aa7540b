package dev.odgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.yaml.SpecSource;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Open Dental spec bundled on the classpath can be found and read. Only its API file and shared
 * enums are loaded here: resource files are being written and are checked by the spec's own tests.
 */
class BundledSpecTest {

  private static final String FOLDER = "odgen/specs/opendental";

  @Test
  void bundledSpecIsFoundOnTheClasspath() throws IOException {
    List<String> paths = SpecFiles.readClasspath(BundledSpecTest.class.getClassLoader(), FOLDER).stream().map(SpecSource::path).toList();
    assertTrue(paths.contains("odgen/specs/opendental/api.yaml"), paths.toString());
    assertTrue(paths.contains("odgen/specs/opendental/enums.yaml"), paths.toString());
    assertEquals(paths.stream().sorted().toList(), paths, "files are read in path order");
  }

  @Test
  void bundledApiFileAndEnumsLoad() throws IOException {
    List<SpecSource> apiAndEnums = SpecFiles.readClasspath(BundledSpecTest.class.getClassLoader(), FOLDER).stream()
        .filter(s -> s.path().endsWith("/api.yaml") || s.path().endsWith("/enums.yaml"))
        .toList();
    ApiModel model = SpecLoader.load(apiAndEnums, FOLDER);
    assertEquals("OpenDental", model.api().name());
    assertEquals("ODFHIR", model.api().auth().scheme());
    assertTrue(model.api().wire().booleansAsStrings());
    assertTrue(model.enumType("ApptStatus").flatMap(e -> e.member("Scheduled")).isPresent());
  }
}
