package dev.odgen.maven;

import dev.odgen.codegen.ArtifactKind;
import dev.odgen.codegen.Codegen;
import dev.odgen.codegen.CodegenException;
import dev.odgen.codegen.CodegenRequest;
import dev.odgen.codegen.CodegenResult;
import dev.odgen.codegen.emit.GeneratedFile;
import dev.odgen.codegen.output.OutputException;
import dev.odgen.spec.diag.SpecException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

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
   * {@code client}. Default: all of them. On the command line: {@code -Dodgen.generate=client,entities}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "odgen.generate", defaultValue = "entities,daos,schema,server,client")
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
   * Skips the goal: nothing is generated and no source root is added.
   *
   * @since 0.1.0
   */
  @Parameter(property = "odgen.skip", defaultValue = "false")
  boolean skip;

  /** The project whose source roots receive the output. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** Runs a request; tests put a fake here to capture what the parameters map to. */
  Function<CodegenRequest, CodegenResult> engine = Codegen::run;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("odgen: skipped (odgen.skip)");
      return;
    }
    Set<ArtifactKind> kinds = ArtifactKinds.parse(generate);
    Path output = outputDirectory.toPath().toAbsolutePath().normalize();
    try (SpecInput input = openSpec()) {
      CodegenRequest request = request(input.path(), input.labelBase(project.getBasedir().toPath()), kinds);
      String digest = InputDigest.of(input.path(), request, GeneratorVersion.current());
      UpToDateState state = new UpToDateState(output);
      if (state.isUpToDate(digest)) {
        getLog().info("odgen: output is up to date");
      } else {
        state.forget();
        getLog().info("odgen: generating " + describe(kinds) + " from " + describe(input, request)
            + " into " + shown(output));
        CodegenResult result = run(request);
        state.record(digest, result.files().stream().map(GeneratedFile::path).toList());
        getLog().info("odgen: " + result.summary());
      }
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException("odgen: " + e.getMessage(), e);
    }
    registerOutput(output, kinds);
  }

  /** The request these parameters stand for: from {@code specPath}, named relative to {@code labelBase}. */
  CodegenRequest request(Path specPath, Path labelBase, Set<ArtifactKind> kinds) {
    return CodegenRequest.builder(specPath, outputDirectory.toPath().toAbsolutePath().normalize())
        .basePackage(packageName == null || packageName.isBlank() ? null : packageName.trim())
        .only(kinds)
        .include(ListParameter.values(includes))
        .exclude(ListParameter.values(excludes))
        .baseDir(labelBase)
        .build();
  }

  private SpecInput openSpec() throws MojoFailureException, IOException {
    try {
      return SpecInput.open(spec, GenerateMojo.class.getClassLoader());
    } catch (NoSuchFileException e) {
      String what = spec == null ? "the bundled Open Dental spec" : "the spec " + spec;
      getLog().error("odgen: " + what + " does not exist");
      getLog().error("  fix: point <spec> at a folder of *.yaml files or a single spec file");
      throw new MojoFailureException("odgen: " + what + " does not exist");
    }
  }

  private CodegenResult run(CodegenRequest request) throws MojoFailureException, MojoExecutionException {
    try {
      return engine.apply(request);
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

  /** Adds the Java output as a compile source root and, with the schema, the SQL scripts as resources. */
  private void registerOutput(Path output, Set<ArtifactKind> kinds) {
    String directory = output.toString();
    if (!project.getCompileSourceRoots().contains(directory)) {
      project.addCompileSourceRoot(directory);
    }
    if (kinds.contains(ArtifactKind.SCHEMA) && project.getResources().stream()
        .noneMatch(r -> directory.equals(r.getDirectory()) && r.getIncludes().contains(SQL_FILES))) {
      Resource sql = new Resource();
      sql.setDirectory(directory);
      sql.addInclude(SQL_FILES);
      project.addResource(sql);
    }
  }

  private static String describe(SpecInput input, CodegenRequest request) {
    return input.isBundled() ? "the bundled Open Dental spec" : request.specLabel();
  }

  private static String describe(Set<ArtifactKind> kinds) {
    List<String> names = new ArrayList<>();
    EnumSet.copyOf(kinds).forEach(kind -> names.add(kind.optionName()));
    return String.join(", ", names);
  }

  private String shown(Path output) {
    Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
    return output.startsWith(base) ? base.relativize(output).toString() : output.toString();
  }
}
