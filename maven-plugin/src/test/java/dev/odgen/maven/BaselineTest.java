package dev.odgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code baseline}: a folder or a spec artifact by coordinates; logged changes, migration script, failing. */
class BaselineTest {
  @TempDir Path projectDir;

  private final RecordingLog log = new RecordingLog();
  private final FakeEngine engine = new FakeEngine();
  private Path specDir;

  @BeforeEach
  void specAndItsBaseline() throws IOException {
    Path old = Files.createDirectories(projectDir.resolve("baseline"));
    Files.writeString(old.resolve("api.yaml"), SmallSpec.API);
    Files.writeString(old.resolve("widgets.yaml"), SmallSpec.WIDGETS);
    specDir = Files.createDirectories(projectDir.resolve("src/main/odgen"));
    Files.writeString(specDir.resolve("api.yaml"), SmallSpec.API.replace("docsVersion: \"1.0\"", "docsVersion: \"1.1\""));
    Files.writeString(specDir.resolve("widgets.yaml"), SmallSpec.WIDGETS
        .replace("  - {name: Price, type: money}\n", "  - {name: Color, type: string, maxLength: 20}\n")
        .replace("optional: [Price]", "optional: [Color]"));
  }

  @Test
  void aFolderBaselineLogsEachChangeAndWritesTheFlywayScript() throws Exception {
    GenerateMojo mojo = mojo("baseline");
    mojo.execute();

    assertTrue(log.warnings.stream().anyMatch(w -> w.contains("breaking: Widgets.Price: field removed (money)"
        + " [stored data: column removed]")), log.warnings.toString());
    assertTrue(log.infos.stream().anyMatch(i -> i.contains("compatible: Widgets.Color: field added (string(20))")),
        log.infos.toString());
    assertTrue(log.infos.contains("odgen: against the baseline baseline: 4 changes: 2 breaking and 2 compatible for"
        + " clients; 2 affecting stored data (1 destructive, 0 errors)"), log.infos.toString());
    Path script = projectDir.resolve("target/generated-resources/odgen/db/migration/V1.1__odgen_1.0_to_1.1.sql");
    String sql = Files.readString(script);
    assertTrue(sql.contains("ALTER TABLE `widget` ADD COLUMN `Color` varchar(20) NULL;\n"), sql);
    assertTrue(sql.contains("-- ALTER TABLE `widget` DROP COLUMN `Price`;\n"), sql);
    assertTrue(mojo.project.getResources().stream().anyMatch(r -> r.getDirectory().equals(
        projectDir.resolve("target/generated-resources/odgen").toString())), "packaged as db/migration/...");
  }

  @Test
  void failOnBreakingFailsTheBuildNamingTheCount() throws Exception {
    GenerateMojo mojo = mojo("baseline");
    mojo.failOnBreaking = true;
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals("odgen: 2 change(s) break API clients of the baseline baseline (listed above; failOnBreaking)",
        e.getMessage());
  }

  @Test
  void coordinatesResolveToASpecJarAndTheSameSpecHasNoChanges() throws Exception {
    Path jar = projectDir.resolve("shop-spec-1.1.jar");
    try (OutputStream file = Files.newOutputStream(jar); var zip = new ZipOutputStream(file)) {
      for (String name : List.of("api.yaml", "widgets.yaml")) {
        zip.putNextEntry(new ZipEntry("odgen/specs/shop/" + name));
        zip.write(Files.readAllBytes(specDir.resolve(name)));
        zip.closeEntry();
      }
    }
    GenerateMojo mojo = mojo("com.example:shop-spec:1.1");
    mojo.specArtifacts = (group, artifact, version) -> {
      assertEquals(List.of("com.example", "shop-spec", "1.1"), List.of(group, artifact, version));
      return jar;
    };
    mojo.failOnBreaking = true;
    mojo.execute();
    assertTrue(log.infos.contains("odgen: against the baseline com.example:shop-spec:1.1: no changes"),
        log.infos.toString());
    assertFalse(Files.exists(projectDir.resolve("target/generated-resources/odgen/db/migration")), "nothing to run");
  }

  @Test
  void aBaselineThatIsNeitherAPathNorCoordinatesIsRefusedSayingWhat() {
    GenerateMojo mojo = mojo("old-spec");
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals("odgen: the baseline 'old-spec' is neither a spec folder, file or jar (relative to the project)"
        + " nor the coordinates groupId:artifactId:version of a spec artifact", e.getMessage());
  }

  private GenerateMojo mojo(String baseline) {
    GenerateMojo mojo = new GenerateMojo();
    mojo.setLog(log);
    mojo.engine = engine;
    mojo.spec = specDir.toFile();
    mojo.outputDirectory = projectDir.resolve("target/generated-sources/odgen").toFile();
    mojo.generate = List.of("entities");
    mojo.baseline = baseline;
    mojo.migrationDirectory = projectDir.resolve("target/generated-resources/odgen/db/migration").toFile();
    mojo.migrationDialect = "mariadb";
    MavenProject project = new MavenProject();
    project.setFile(projectDir.resolve("pom.xml").toFile());
    mojo.project = project;
    return mojo;
  }
}
