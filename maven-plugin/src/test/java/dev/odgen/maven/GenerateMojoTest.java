package dev.odgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.CodegenException;
import dev.odgen.codegen.CodegenRequest;
import dev.odgen.codegen.output.OutputException;
import dev.odgen.spec.SpecInput;
import dev.odgen.spec.diag.Diagnostic;
import dev.odgen.spec.diag.Location;
import dev.odgen.spec.diag.SpecException;
import dev.odgen.spec.diag.Trail;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateMojoTest {

  @TempDir Path projectDir;

  private final FakeEngine engine = new FakeEngine();
  private final RecordingLog log = new RecordingLog();
  private Path specDir;
  private Path outputDir;

  @BeforeEach
  void project() throws IOException {
    specDir = Files.createDirectories(projectDir.resolve("src/main/odgen"));
    Files.writeString(specDir.resolve("api.yaml"), "api:\n  name: Shop\n");
    outputDir = projectDir.resolve("target/generated-sources/odgen");
  }

  @Test
  void mapsEveryParameterToTheRequest() throws Exception {
    GenerateMojo mojo = mojo();
    mojo.packageName = " com.example.shop ";
    mojo.generate = List.of("client", "ENTITIES");
    mojo.includes = List.of("Patients,Appointments", " Providers ");
    mojo.excludes = List.of("Providers");
    mojo.generatedAnnotation = false;

    mojo.execute();

    CodegenRequest request = engine.last();
    assertEquals(SpecInput.path(specDir), request.spec());
    assertEquals(outputDir, request.outputDir());
    assertEquals(Optional.of("com.example.shop"), request.basePackage());
    assertEquals(EnumSet.of(ArtifactKind.CLIENT, ArtifactKind.ENTITIES), request.kinds());
    assertEquals(List.of("Patients", "Appointments", "Providers"), request.include());
    assertEquals(List.of("Providers"), request.exclude());
    assertFalse(request.dryRun());
    assertEquals(projectDir, request.baseDir());
    assertFalse(request.generatedAnnotation());
    String generating = "odgen: generating entities, client from src/main/odgen into target/generated-sources/odgen";
    assertTrue(log.infos.contains(generating), log.infos.toString());
  }

  @Test
  void unsetParametersMeanTheBundledSpecEveryKindAndEveryResource() throws Exception {
    GenerateMojo mojo = mojo();
    mojo.spec = null;
    mojo.generate = null;

    mojo.execute();

    assertEquals(2, engine.requests.size(), "sources, then the OpenAPI document");
    CodegenRequest request = engine.requests.get(0);
    CodegenRequest document = engine.requests.get(1);
    assertEquals(SpecInput.classpath(GenerateMojo.class.getClassLoader(), "odgen/specs/opendental"), request.spec());
    assertEquals(Optional.empty(), request.basePackage());
    EnumSet<ArtifactKind> sources = EnumSet.allOf(ArtifactKind.class);
    sources.remove(ArtifactKind.OPENAPI);
    assertEquals(sources, request.kinds());
    assertEquals(EnumSet.of(ArtifactKind.OPENAPI), document.kinds());
    assertEquals(projectDir.resolve("target/generated-resources/odgen"), document.outputDir());
    assertEquals(request.spec(), document.spec());
    assertEquals(List.of(), request.include());
    assertEquals(List.of(), request.exclude());
    assertTrue(request.generatedAnnotation());
    assertTrue(log.infos.stream().anyMatch(line -> line.contains("from the bundled Open Dental spec")),
        log.infos.toString());
  }

  @Test
  void registersTheOutputAsASourceRootAndTheSchemaScriptsAsResources() throws Exception {
    GenerateMojo mojo = mojo();

    mojo.execute();

    assertTrue(mojo.project.getCompileSourceRoots().contains(outputDir.toString()));
    List<Resource> sql = sqlResources(mojo.project);
    assertEquals(1, sql.size());
    assertEquals(List.of("**/*.sql"), sql.get(0).getIncludes());
  }

  @Test
  void theOpenApiDocumentGoesToTheResourcesDirectoryAndOntoTheClasspath() throws Exception {
    GenerateMojo mojo = mojo();
    mojo.generate = List.of("openapi");

    mojo.execute();

    assertEquals(1, engine.requests.size());
    Path resources = projectDir.resolve("target/generated-resources/odgen");
    assertEquals(resources, engine.last().outputDir());
    assertFalse(mojo.project.getCompileSourceRoots().contains(resources.toString()), "not a source root");
    List<Resource> registered = mojo.project.getResources().stream()
        .filter(r -> r.getDirectory().equals(resources.toString())).toList();
    assertEquals(1, registered.size());
    assertEquals(List.of("**/*.json", "**/*.yaml"), registered.get(0).getIncludes());

    mojo.execute();
    assertEquals(1, engine.requests.size(), "unchanged inputs: not generated again");
    assertTrue(log.infos.contains("odgen: the OpenAPI document is up to date"), log.infos.toString());
  }

  @Test
  void addsNoResourceRootWithoutTheSchema() throws Exception {
    GenerateMojo mojo = mojo();
    mojo.generate = List.of("entities");

    mojo.execute();

    assertTrue(mojo.project.getCompileSourceRoots().contains(outputDir.toString()));
    assertEquals(List.of(), sqlResources(mojo.project));
  }

  @Test
  void secondRunWithTheSameInputsWritesNothingButStillRegistersTheSourceRoot() throws Exception {
    mojo().execute();
    GenerateMojo second = mojo();

    second.execute();

    assertEquals(1, engine.requests.size());
    assertTrue(log.infos.contains("odgen: output is up to date"), log.infos.toString());
    assertTrue(second.project.getCompileSourceRoots().contains(outputDir.toString()));
    assertEquals(1, sqlResources(second.project).size());
  }

  @Test
  void changedSpecFileRegenerates() throws Exception {
    mojo().execute();
    Files.writeString(specDir.resolve("api.yaml"), "api:\n  name: Shop2\n");

    mojo().execute();

    assertEquals(2, engine.requests.size());
  }

  @Test
  void settledInputsAreFoundUpToDateByTheirStampAndAChangeStillRegenerates() throws Exception {
    settle(specDir.resolve("api.yaml"));
    mojo().execute();
    String stamp = recordLine(2);
    assertTrue(stamp.matches("[0-9a-f]{64}"), "settled inputs are stamped: " + stamp);

    mojo().execute();
    assertEquals(1, engine.requests.size(), "same stamp: up to date");

    Files.writeString(specDir.resolve("api.yaml"), "api:\n  name: Shop2\n");
    mojo().execute();
    assertEquals(2, engine.requests.size(), "a changed spec regenerates");
    assertEquals(UpToDateState.NO_STAMP, recordLine(2), "a file this new is not stamped");
  }

  @Test
  void aTouchedButUnchangedSpecIsUpToDateByItsContentAndTakesTheNewStamp() throws Exception {
    settle(specDir.resolve("api.yaml"));
    mojo().execute();
    String before = recordLine(2);
    Files.setLastModifiedTime(specDir.resolve("api.yaml"),
        java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(60)));

    mojo().execute();

    assertEquals(1, engine.requests.size(), "same content: up to date");
    assertTrue(log.infos.contains("odgen: output is up to date"), log.infos.toString());
    assertTrue(recordLine(2).matches("[0-9a-f]{64}") && !recordLine(2).equals(before), recordLine(2));
  }

  @Test
  void aFreshSpecRewrittenToTheSameSizeRegenerates() throws Exception {
    mojo().execute();
    Files.writeString(specDir.resolve("api.yaml"), "api:\n  name: Shoq\n");

    mojo().execute();

    assertEquals(2, engine.requests.size(), "the same size within the file clock's tick must not pass as unchanged");
  }

  private static void settle(Path file) throws IOException {
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
  }

  private String recordLine(int index) throws IOException {
    return Files.readAllLines(outputDir.resolve(UpToDateState.FILE_NAME)).get(index);
  }

  @Test
  void addedSpecFileRegenerates() throws Exception {
    mojo().execute();
    Files.writeString(specDir.resolve("widgets.yaml"), "resource: Widgets\n");

    mojo().execute();

    assertEquals(2, engine.requests.size());
  }

  @Test
  void changedParameterRegenerates() throws Exception {
    mojo().execute();
    GenerateMojo mojo = mojo();
    mojo.excludes = List.of("Widgets");

    mojo.execute();

    assertEquals(2, engine.requests.size());
  }

  @Test
  void missingOutputFileRegenerates() throws Exception {
    mojo().execute();
    Files.delete(outputDir.resolve(FakeEngine.FILE));

    mojo().execute();

    assertEquals(2, engine.requests.size());
  }

  @Test
  void failedRunIsNotRecordedSoTheNextOneRetries() throws Exception {
    mojo().execute();
    Files.writeString(specDir.resolve("api.yaml"), "api:\n  name: Broken\n");
    GenerateMojo failing = mojo();
    failing.engine = request -> {
      throw new OutputException("cannot write " + request.outputDir());
    };

    assertThrows(MojoExecutionException.class, failing::execute);

    assertFalse(Files.exists(outputDir.resolve(UpToDateState.FILE_NAME)));
    mojo().execute();
    assertEquals(2, engine.requests.size());
  }

  @Test
  void specErrorsFailTheBuildWithEachDiagnosticLineLogged() {
    GenerateMojo mojo = mojo();
    Location at = new Location("src/main/odgen/widgets.yaml", 9, 24);
    Trail trail = Trail.empty().in("field 'Name'", new Location("src/main/odgen/widgets.yaml", 9, 5));
    mojo.engine = request -> {
      throw new SpecException(List.of(new Diagnostic(at, "unknown type 'strng'", trail, Optional.of("use string"))));
    };

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertEquals("odgen: the spec has 1 error (listed above)", failure.getMessage());
    assertEquals("src/main/odgen/widgets.yaml:9:24: error: unknown type 'strng'", log.errors.get(0));
    assertTrue(log.errors.contains("1 error"), log.errors.toString());
    assertTrue(log.errors.stream().noneMatch(line -> line.contains("[with stack trace]")), log.errors.toString());
    assertFalse(Files.exists(outputDir.resolve(UpToDateState.FILE_NAME)));
  }

  @Test
  void requestErrorIsTheUsersProblemAndLogsEachLine() throws Exception {
    GenerateMojo mojo = mojo();
    mojo.engine = request -> {
      throw new CodegenException("unknown resource 'Widgetz' to include\n  fix: use one of Widgets");
    };

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertEquals("odgen: unknown resource 'Widgetz' to include", failure.getMessage());
    assertEquals(List.of("unknown resource 'Widgetz' to include", "  fix: use one of Widgets"), log.errors);
  }

  @Test
  void unreadableSpecIsABuildError() {
    GenerateMojo mojo = mojo();
    mojo.engine = request -> {
      throw new java.nio.file.AccessDeniedException("src/main/odgen/api.yaml");
    };

    MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

    assertEquals("odgen: cannot read the spec: src/main/odgen/api.yaml", error.getMessage());
  }

  @Test
  void realGeneratorReportsABadSpecByLocation() throws IOException {
    Files.writeString(specDir.resolve("api.yaml"), SmallSpec.API);
    Files.writeString(specDir.resolve("widgets.yaml"), SmallSpec.WIDGETS.replace("type: money", "type: mony"));
    GenerateMojo mojo = mojo();
    mojo.engine = dev.odgen.codegen.Codegen::run;

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertEquals("odgen: the spec has 1 error (listed above)", failure.getMessage());
    String first = log.errors.get(0);
    assertTrue(first.matches("src/main/odgen/widgets\\.yaml:\\d+:\\d+: error: .*'mony'.*"), first);
  }

  @Test
  void realGeneratorWritesOnceThenFindsTheOutputUpToDate() throws Exception {
    Files.writeString(specDir.resolve("api.yaml"), SmallSpec.API);
    Files.writeString(specDir.resolve("widgets.yaml"), SmallSpec.WIDGETS);
    GenerateMojo first = mojo();
    first.engine = dev.odgen.codegen.Codegen::run;
    first.execute();
    Path widget = outputDir.resolve("com/example/shop/entity/Widget.java");
    assertTrue(Files.isRegularFile(widget), "no " + widget);

    GenerateMojo second = mojo();
    second.engine = request -> {
      throw new AssertionError("ran although nothing changed");
    };
    second.execute();

    assertEquals("odgen: output is up to date", log.infos.get(log.infos.size() - 1));
  }

  @Test
  void unexpectedFailureIsAnInternalError() {
    GenerateMojo mojo = mojo();
    mojo.engine = request -> {
      throw new IllegalStateException("boom");
    };

    MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

    assertTrue(error.getMessage().startsWith("odgen: internal error: "), error.getMessage());
    assertTrue(error.getMessage().endsWith("(please report)"), error.getMessage());
  }

  @Test
  void unknownArtifactKindFailsWithTheKnownOnes() {
    GenerateMojo mojo = mojo();
    mojo.generate = List.of("entities", "models");

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertEquals("odgen: unknown artifact kind 'models' in <generate>; fix: use any of "
        + "entities, daos, schema, server, client, openapi", failure.getMessage());
    assertEquals(0, engine.requests.size());
  }

  @Test
  void missingSpecFailsWithoutRunning() {
    GenerateMojo mojo = mojo();
    mojo.spec = projectDir.resolve("nowhere").toFile();

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

    assertTrue(failure.getMessage().contains("does not exist"), failure.getMessage());
    assertEquals(0, engine.requests.size());
  }

  @Test
  void skipDoesNothing() throws Exception {
    GenerateMojo mojo = mojo();
    mojo.skip = true;

    mojo.execute();

    assertEquals(0, engine.requests.size());
    assertEquals(List.of(), mojo.project.getCompileSourceRoots());
    assertEquals(List.of("odgen: skipped (odgen.skip)"), log.infos);
  }

  @Test
  void warnsOfEachRuntimeArtifactTheKindsNeedAndTheProjectLacks() throws Exception {
    GenerateMojo mojo = mojo();
    mojo.execute();
    assertEquals(List.of(
        "odgen: the generated code links against dev.odgen:odgen-runtime-client, which this project does not declare",
        "  fix: add it as a dependency (its version from dev.odgen:odgen-bom), unless another dependency brings it",
        "odgen: the generated code links against dev.odgen:odgen-runtime-server, which this project does not declare",
        "  fix: add it as a dependency (its version from dev.odgen:odgen-bom), unless another dependency brings it"),
        log.warnings);

    log.warnings.clear();
    GenerateMojo clientOnly = mojo();
    clientOnly.generate = List.of("client", "entities");
    clientOnly.project.getDependencies().add(dependency("odgen-runtime-client"));
    clientOnly.execute();
    assertEquals(List.of(), log.warnings, "the client runtime brings the core the entities need");

    GenerateMojo entitiesOnly = mojo();
    entitiesOnly.generate = List.of("entities");
    entitiesOnly.execute();
    assertEquals(1, log.warnings.size() / 2, log.warnings.toString());
    assertTrue(log.warnings.get(0).contains("dev.odgen:odgen-runtime-core"), log.warnings.toString());
  }

  private static Dependency dependency(String artifactId) {
    Dependency dependency = new Dependency();
    dependency.setGroupId("dev.odgen");
    dependency.setArtifactId(artifactId);
    return dependency;
  }

  private GenerateMojo mojo() {
    GenerateMojo mojo = new GenerateMojo();
    mojo.setLog(log);
    mojo.engine = engine;
    mojo.spec = specDir.toFile();
    mojo.outputDirectory = new File(outputDir.toString());
    mojo.resourcesDirectory = projectDir.resolve("target/generated-resources/odgen").toFile();
    mojo.generate = List.of("entities", "daos", "schema", "server", "client");
    MavenProject project = new MavenProject();
    project.setFile(projectDir.resolve("pom.xml").toFile());
    mojo.project = project;
    return mojo;
  }

  private static List<Resource> sqlResources(MavenProject project) {
    return project.getResources().stream().filter(r -> r.getIncludes().contains("**/*.sql")).toList();
  }
}
