package dev.odgen.maven;

import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.Codegen;
import dev.odgen.codegen.CodegenException;
import dev.odgen.codegen.CodegenRequest;
import dev.odgen.codegen.CodegenResult;
import dev.odgen.codegen.diff.ClientImpact;
import dev.odgen.codegen.diff.DiffReport;
import dev.odgen.codegen.emit.GeneratedFile;
import dev.odgen.codegen.output.OutputException;
import dev.odgen.spec.SpecFiles;
import dev.odgen.spec.SpecInput;
import dev.odgen.runtime.schema.Dialect;
import dev.odgen.spec.diag.SpecException;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.yaml.SpecSource;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Generates Java sources (and the SQL schema script) from an odgen spec and adds them to the build. Runs in
 * {@code generate-sources}, so {@code mvn generate-sources} or any later phase brings fresh code.
 *
 * <p>The run is skipped when nothing it depends on has changed since the last successful run (the spec's
 * files, these parameters, the generator's version) and its files are all still there; otherwise odgen
 * regenerates, rewriting only files whose content changed and removing files it generated before that the
 * spec no longer produces. Either way the output directory is registered as a compile source root.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

  /** What of the output is a resource rather than a source: the schema scripts. */
  private static final String SQL_FILES = "**/*.sql";
  /** The OpenAPI document's files, in the resources directory (not its manifest or up-to-date record). */
  private static final List<String> OPENAPI_FILES = List.of("**/*.json", "**/*.yaml");

  /** Where the plugin's own dependency {@code odgen-spec-opendental} packages the default spec. */
  static final String BUNDLED_FOLDER = "odgen/specs/opendental";

  /**
   * The spec to generate from: a folder of {@code *.yaml} files or a single file. Default: the Open Dental
   * spec bundled with the plugin (artifact {@code dev.odgen:odgen-spec-opendental}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "odgen.spec")
  File spec;

  /**
   * Where the generated sources go. odgen owns the files it generated there and removes them when the spec
   * stops producing them; it never touches other files.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = "odgen.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/odgen",
      required = true)
  File outputDirectory;

  /**
   * Where the OpenAPI document (kind {@code openapi}) goes: {@code <package path>/openapi.json} and
   * {@code openapi.yaml}. It is registered as a resource directory, so the generated server finds the document on
   * its classpath and serves it at {@code <basePath>/openapi.json}; odgen owns the files it generated there.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = "odgen.resourcesDirectory",
      defaultValue = "${project.build.directory}/generated-resources/odgen",
      required = true)
  File resourcesDirectory;

  /**
   * The base package of the generated code, e.g. {@code com.example.dental}; the generated types go in its
   * subpackages ({@code entity}, {@code dao}, {@code schema}, {@code server}, {@code client}). Default: the
   * package the spec declares ({@code api.package}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "odgen.packageName")
  String packageName;

  /**
   * What to generate: any of {@code entities}, {@code daos}, {@code schema}, {@code server},
   * {@code client}, {@code openapi}. Default: all of them. On the command line:
   * {@code -Dodgen.generate=client,entities}. The OpenAPI document goes to {@code resourcesDirectory}, the rest to
   * {@code outputDirectory}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "odgen.generate", defaultValue = "entities,daos,schema,server,client,openapi")
  List<String> generate;

  /**
   * The resources to generate, by resource name ({@code Patients}) or entity name ({@code Patient}), in any
   * case. Default: none listed, which means every resource of the spec.
   *
   * @since 0.1.0
   */
  @Parameter(property = "odgen.includes")
  List<String> includes;

  /**
   * Resources to leave out, named as for {@code includes}; applied after {@code includes}. Default: none.
   *
   * @since 0.1.0
   */
  @Parameter(property = "odgen.excludes")
  List<String> excludes;

  /**
   * Whether generated types carry {@code @javax.annotation.processing.Generated}. Turn it off when the code
   * is compiled in a named module that does not read {@code java.compiler}; the header comment that says
   * the file is generated stays either way.
   *
   * @since 0.1.0
   */
  @Parameter(property = "odgen.generatedAnnotation", defaultValue = "true")
  boolean generatedAnnotation = true;

  /**
   * Adds the output to the test sources (and the SQL scripts to the test resources) instead of the main ones:
   * for code only the project's tests use, e.g. a client of another version of the API.
   *
   * @since 0.1.0
   */
  @Parameter(property = "odgen.testSources", defaultValue = "false")
  boolean testSources;

  /**
   * Skips the goal: nothing is generated and no source root is added.
   *
   * @since 0.1.0
   */
  @Parameter(property = "odgen.skip", defaultValue = "false")
  boolean skip;

  /**
   * An earlier version of the spec to compare with: a spec folder, file or jar relative to the project, or the
   * coordinates of an earlier spec artifact, e.g. {@code dev.odgen:odgen-spec-opendental:0.1.0}, resolved from
   * the build's repositories. With it every build logs each change (breaking ones as warnings) and the
   * summary, and writes the migration script from the baseline's tables to the spec's into {@code
   * migrationDirectory}. A changed stored value of an enum member always fails the build.
   *
   * @since 0.1.0
   */
  @Parameter(property = "odgen.baseline")
  String baseline;

  /**
   * With a {@code baseline}: fail the build when the spec breaks API clients of the baseline (something they
   * call, send or read was removed or changed).
   *
   * @since 0.1.0
   */
  @Parameter(property = "odgen.failOnBreaking", defaultValue = "false")
  boolean failOnBreaking;

  /**
   * With a {@code baseline}: where the migration script goes, as a Flyway versioned migration {@code
   * V<version>__odgen_<old>_to_<new>.sql}; the folder above {@code db/migration} is added as a resource folder,
   * so the script is packaged as {@code db/migration/...}, where Flyway looks by default.
   *
   * @since 0.1.0
   */
  @Parameter(property = "odgen.migrationDirectory",
      defaultValue = "${project.build.directory}/generated-resources/odgen/db/migration")
  File migrationDirectory;

  /**
   * With a {@code baseline}: the database of the migration script, {@code mariadb} (also MySQL) or {@code h2}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "odgen.migrationDialect", defaultValue = "mariadb")
  String migrationDialect;

  /**
   * With a {@code baseline}: the Flyway version of the migration script. Default: the spec's {@code
   * api.docsVersion}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "odgen.migrationVersion")
  String migrationVersion;

  /** Maven's resolver, for a baseline given as coordinates. */
  @Component
  RepositorySystem repositorySystem;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
  RepositorySystemSession repositorySession;

  @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
  List<RemoteRepository> remoteRepositories;

  /** Finds spec artifacts by coordinates; tests put a fake here. */
  SpecArtifacts specArtifacts;

  /** The project whose source roots receive the output. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** Runs a request; tests put a fake here to capture what the parameters map to. */
  Engine engine = Codegen::run;

  /** {@code Codegen.run}, as something a test can replace. */
  @FunctionalInterface
  interface Engine {
    CodegenResult run(CodegenRequest request) throws IOException;
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("odgen: skipped (odgen.skip)");
      return;
    }
    Set<ArtifactKind> kinds = ArtifactKinds.parse(generate);
    List<CodegenRequest> requests = requests(kinds);
    requireSpec(requests.get(0));
    warnOfMissingRuntime(kinds, requests.get(0));
    for (CodegenRequest request : requests) {
      generateUnlessUpToDate(request);
      registerOutput(request);
    }
    if (baseline != null && !baseline.isBlank()) {
      compareWithBaseline(requests.get(0));
    }
  }

  /** One request per output directory: the sources, and the OpenAPI document among the resources. */
  List<CodegenRequest> requests(Set<ArtifactKind> kinds) {
    List<CodegenRequest> requests = new ArrayList<>();
    Set<ArtifactKind> sources = EnumSet.noneOf(ArtifactKind.class);
    sources.addAll(kinds);
    sources.remove(ArtifactKind.OPENAPI);
    if (!sources.isEmpty()) {
      requests.add(request(sources, outputDirectory));
    }
    if (kinds.contains(ArtifactKind.OPENAPI)) {
      requests.add(request(EnumSet.of(ArtifactKind.OPENAPI), resourcesDirectory != null ? resourcesDirectory
          : new File(project.getBuild().getDirectory(), "generated-resources/odgen")));
    }
    return requests;
  }

  /**
   * Generates unless the last run had the same inputs. The stamp (sizes and times) is looked at first: when it
   * matches, nothing is read, hashed or loaded beyond this plugin's own classes. Only when it differs (or the files
   * are too new to trust it) are the spec and the generator's code read and hashed; when their content still
   * matches, the record takes the new stamp.
   */
  private void generateUnlessUpToDate(CodegenRequest request) throws MojoExecutionException, MojoFailureException {
    UpToDateState state = new UpToDateState(request.outputDir());
    try {
      Optional<String> stamp = stamp(request);
      if (state.isUpToDateByStamp(stamp)) {
        logUpToDate(request);
        return;
      }
      String digest = InputDigest.of(specFiles(request), request, generatorVersion());
      if (state.isUpToDate(digest)) {
        state.restamp(stamp);
        logUpToDate(request);
      } else {
        state.forget();
        getLog().info("odgen: generating " + describeKinds(request) + " from " + describeSpec(request)
            + " into " + shown(request.outputDir()));
        CodegenResult result = run(request);
        state.record(digest, stamp, result.files().stream().map(GeneratedFile::path).toList());
        getLog().info("odgen: " + result.summary());
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "odgen: cannot read or write the up-to-date record " + shown(state.file()) + ": " + e.getMessage(), e);
    }
  }

  private void logUpToDate(CodegenRequest request) {
    getLog().info(request.kinds().contains(ArtifactKind.OPENAPI)
        ? "odgen: the OpenAPI document is up to date" : "odgen: output is up to date");
  }

  /** The inputs' stamp, taken before anything is read, so a file changed afterwards never matches it. */
  private static Optional<String> stamp(CodegenRequest request) throws IOException {
    Optional<List<InputFiles.Stamp>> files = InputFiles.of(request.spec(), GeneratorVersion.codeLocation(),
        Instant.now());
    return files.isEmpty() ? Optional.empty()
        : Optional.of(InputDigest.stamp(files.get(), request, GeneratorVersion.pluginVersion()));
  }

  /** Logs the changes since the baseline, writes the migration script, and fails when told to. */
  private void compareWithBaseline(CodegenRequest request) throws MojoExecutionException, MojoFailureException {
    Dialect dialect = switch (migrationDialect.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "mariadb", "mysql" -> Dialect.MARIADB;
      case "h2" -> Dialect.H2;
      default -> throw new MojoFailureException("odgen: unknown migrationDialect '" + migrationDialect
          + "': use mariadb or h2");
    };
    BaselineCheck.Outcome outcome;
    String label;
    try {
      SpecArtifacts artifacts = specArtifacts != null ? specArtifacts
          : new ResolvedSpecArtifacts(repositorySystem, repositorySession, remoteRepositories);
      Baseline.Located located = Baseline.locate(baseline, request.baseDir(), artifacts);
      label = located.label();
      ApiModel old = loadBaseline(located);
      ApiModel now = request.spec().load(request.baseDir());
      String version = migrationVersion != null && !migrationVersion.isBlank() ? migrationVersion.strip()
          : now.api().docsVersion();
      outcome = new BaselineCheck(getLog()).run(old, label, now, describeSpec(request),
          migrationDirectory.toPath().toAbsolutePath().normalize(), dialect, version);
    } catch (SpecException e) {
      logErrors(e.render());
      throw new MojoFailureException("odgen: the spec has errors (listed above)", e);
    } catch (BaselineException e) {
      getLog().error("odgen: " + e.getMessage());
      throw new MojoFailureException("odgen: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("odgen: " + e.getMessage() + " (set migrationVersion)", e);
    } catch (IOException e) {
      throw new MojoExecutionException("odgen: cannot compare with the baseline: " + e.getMessage(), e);
    }
    outcome.script().ifPresent(file -> registerMigrations(file.getParent()));
    DiffReport report = outcome.report();
    if (report.errors() > 0) {
      throw new MojoFailureException("odgen: " + report.errors() + " enum member(s) changed their stored value since"
          + " the baseline " + label + ": rows stored before would silently change meaning (listed above)");
    }
    if (failOnBreaking && report.hasBreaking()) {
      throw new MojoFailureException("odgen: " + report.count(ClientImpact.BREAKING) + " change(s) break API clients"
          + " of the baseline " + label + " (listed above; failOnBreaking)");
    }
  }

  private ApiModel loadBaseline(Baseline.Located located) throws BaselineException, IOException {
    try {
      return located.input().load(project.getBasedir().toPath());
    } catch (SpecException e) {
      logErrors(e.render());
      throw new BaselineException("the baseline " + located.label() + " has errors (listed above)", e);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new BaselineException("cannot read the baseline " + located.label() + ": "
          + (e.getReason() != null ? e.getReason() : "no such file"), e);
    }
  }

  /**
   * Adds the folder above {@code db/migration} as a resource folder for the scripts alone, so they are packaged as
   * {@code db/migration/...} (the OpenAPI document may share that folder, with odgen's own bookkeeping files).
   */
  private void registerMigrations(Path migrationDir) {
    boolean standard = migrationDir.endsWith(Path.of("db", "migration")) && migrationDir.getNameCount() > 2;
    Path root = standard ? migrationDir.getParent().getParent() : migrationDir;
    addResources(root.toString(), List.of(standard ? "db/migration/*.sql" : "*.sql"));
  }

  /** The request these parameters stand for. */
  CodegenRequest request(Set<ArtifactKind> kinds, File directory) {
    return CodegenRequest.builder(directory.toPath().toAbsolutePath().normalize())
        .spec(spec == null
            ? SpecInput.classpath(GenerateMojo.class.getClassLoader(), BUNDLED_FOLDER)
            : SpecInput.path(spec.toPath().toAbsolutePath().normalize()))
        .basePackage(packageName == null || packageName.isBlank() ? null : packageName.trim())
        .only(kinds)
        .include(ListParameter.values(includes))
        .exclude(ListParameter.values(excludes))
        .baseDir(project.getBasedir().toPath().toAbsolutePath().normalize())
        .generatedAnnotation(generatedAnnotation)
        .build();
  }

  /** A warning per runtime artifact the generated kinds need and the project does not declare. */
  private void warnOfMissingRuntime(Set<ArtifactKind> kinds, CodegenRequest request) {
    for (String artifact : RuntimeArtifacts.missing(kinds, project.getDependencies())) {
      getLog().warn("odgen: the generated code links against " + RuntimeArtifacts.GROUP + ":" + artifact
          + ", which this project does not declare");
      getLog().warn("  fix: add it as a dependency (its version from " + RuntimeArtifacts.GROUP
          + ":odgen-bom), unless another dependency brings it");
    }
  }

  private void requireSpec(CodegenRequest request) throws MojoFailureException {
    if (request.spec() instanceof SpecInput.OnDisk onDisk && !Files.exists(onDisk.path())) {
      String shown = SpecFiles.label(onDisk.path(), request.baseDir());
      getLog().error("odgen: the spec " + shown + " does not exist");
      getLog().error("  fix: point <spec> at a folder of *.yaml files or a single spec file, "
          + "or leave it out for the bundled Open Dental spec");
      throw new MojoFailureException("odgen: the spec " + shown + " does not exist");
    }
  }

  /** The spec files as the loader will read them; their paths and text go into the digest. */
  private static List<SpecSource> specFiles(CodegenRequest request) throws MojoExecutionException {
    try {
      return request.spec().read(request.baseDir());
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException("odgen: cannot read the spec: " + e.getMessage(), e);
    }
  }

  private static String generatorVersion() throws MojoExecutionException {
    try {
      return GeneratorVersion.current();
    } catch (IOException e) {
      throw new MojoExecutionException("odgen: cannot tell the generator's version: " + e.getMessage(), e);
    }
  }

  private CodegenResult run(CodegenRequest request) throws MojoFailureException, MojoExecutionException {
    try {
      return engine.run(request);
    } catch (SpecException e) {
      logErrors(e.render());
      int count = e.diagnostics().size();
      throw new MojoFailureException("odgen: the spec has " + count + (count == 1 ? " error" : " errors")
          + " (listed above)");
    } catch (CodegenException e) {
      logErrors(e.getMessage());
      throw new MojoFailureException("odgen: " + e.getMessage().lines().findFirst().orElse("cannot generate"));
    } catch (OutputException e) {
      throw new MojoExecutionException("odgen: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("odgen: cannot read the spec: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("odgen: " + e.getCause().getMessage(), e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException("odgen: internal error: " + e + " (please report)", e);
    }
  }

  /** One log line per line of text, so each diagnostic line shows as its own [ERROR] line. */
  private void logErrors(String text) {
    text.lines().forEach(line -> getLog().error(line));
  }

  /**
   * Adds the Java output as a compile source root (a test one with {@code testSources}) and, with the schema, the
   * SQL scripts as resources; the OpenAPI document's directory as a resource directory.
   */
  private void registerOutput(CodegenRequest request) {
    String directory = request.outputDir().toString();
    if (request.kinds().equals(Set.of(ArtifactKind.OPENAPI))) {
      addResources(directory, OPENAPI_FILES);
      return;
    }
    List<String> roots = testSources ? project.getTestCompileSourceRoots() : project.getCompileSourceRoots();
    if (!roots.contains(directory)) {
      if (testSources) {
        project.addTestCompileSourceRoot(directory);
      } else {
        project.addCompileSourceRoot(directory);
      }
    }
    if (request.kinds().contains(ArtifactKind.SCHEMA)) {
      addResources(directory, List.of(SQL_FILES));
    }
  }

  private void addResources(String directory, List<String> includes) {
    List<Resource> resources = testSources ? project.getTestResources() : project.getResources();
    if (resources.stream().noneMatch(r -> directory.equals(r.getDirectory()) && r.getIncludes().equals(includes))) {
      Resource resource = new Resource();
      resource.setDirectory(directory);
      includes.forEach(resource::addInclude);
      if (testSources) {
        project.addTestResource(resource);
      } else {
        project.addResource(resource);
      }
    }
  }

  private static String describeSpec(CodegenRequest request) {
    return request.spec() instanceof SpecInput.OnDisk
        ? request.spec().label(request.baseDir())
        : "the bundled Open Dental spec";
  }

  /** The kinds in declaration order: {@code entities, daos, schema, server, client}. */
  private static String describeKinds(CodegenRequest request) {
    return String.join(", ", request.kinds().stream().sorted().map(ArtifactKind::optionName).toList());
  }

  private String shown(Path output) {
    Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
    return output.startsWith(base) ? base.relativize(output).toString() : output.toString();
  }
}
