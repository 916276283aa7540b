package dev.odgen.codegen;

import dev.odgen.spec.SpecInput;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to generate, from which spec, into which directory. Built by the CLI and the Maven plugin alike:
 *
 * <pre>
 * CodegenRequest.builder(Path.of("target/generated-sources/odgen"))
 *     .spec(Path.of("my-api"))
 *     .only(ArtifactKind.ENTITIES, ArtifactKind.SCHEMA)
 *     .include("Patients", "Appointments")
 *     .build();
 * </pre>
 *
 * @param spec where the spec comes from: a folder or file, or a spec jar's folder on the classpath
 * @param outputDir the output directory; odgen owns the files its manifest lists there, nothing else
 * @param basePackage overrides the spec's {@code api.package}
 * @param kinds the artifact kinds to generate
 * @param include resources to generate (resource or entity names, any case); empty means all
 * @param exclude resources to leave out, applied after {@code include}
 * @param dryRun work out what would change, write nothing
 * @param baseDir the folder spec paths are shown relative to, in messages and in the headers of generated
 *     files (the project directory); generated files never contain absolute paths
 * @param generatedAnnotation whether types carry {@code @javax.annotation.processing.Generated}; turn it off
 *     for code compiled in a named module that does not read {@code java.compiler} (the header comment stays)
 */
public record CodegenRequest(
    SpecInput spec,
    Path outputDir,
    Optional<String> basePackage,
    Set<ArtifactKind> kinds,
    List<String> include,
    List<String> exclude,
    boolean dryRun,
    Path baseDir,
    boolean generatedAnnotation) {

  public CodegenRequest {
    Objects.requireNonNull(spec, "spec == null");
    Objects.requireNonNull(outputDir, "outputDir == null");
    Objects.requireNonNull(basePackage, "basePackage == null");
    kinds = Set.copyOf(kinds);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    Objects.requireNonNull(baseDir, "baseDir == null");
  }

  /** A request that generates every kind into {@code outputDir}; name the spec and refine it with the builder. */
  public static Builder builder(Path outputDir) {
    return new Builder(outputDir);
  }

  /** A builder holding this request's values. */
  public Builder toBuilder() {
    Builder builder = new Builder(outputDir);
    builder.spec = spec;
    builder.basePackage = basePackage;
    builder.kinds = kinds.isEmpty() ? EnumSet.noneOf(ArtifactKind.class) : EnumSet.copyOf(kinds);
    builder.include = include;
    builder.exclude = exclude;
    builder.dryRun = dryRun;
    builder.baseDir = baseDir;
    builder.generatedAnnotation = generatedAnnotation;
    return builder;
  }

  /** Collects the optional parts of a request. */
  public static final class Builder {
    private final Path outputDir;
    private SpecInput spec;
    private Optional<String> basePackage = Optional.empty();
    private Set<ArtifactKind> kinds = EnumSet.allOf(ArtifactKind.class);
    private List<String> include = List.of();
    private List<String> exclude = List.of();
    private boolean dryRun;
    private Path baseDir = Path.of("");
    private boolean generatedAnnotation = true;

    private Builder(Path outputDir) {
      this.outputDir = Objects.requireNonNull(outputDir, "outputDir == null");
    }

    /** The spec folder or file. */
    public Builder spec(Path spec) {
      return spec(SpecInput.path(spec));
    }

    /** Where the spec comes from (required). */
    public Builder spec(SpecInput spec) {
      this.spec = Objects.requireNonNull(spec, "spec == null");
      return this;
    }

    /** Overrides the spec's Java package; {@code null} keeps it. */
    public Builder basePackage(String basePackage) {
      this.basePackage = Optional.ofNullable(basePackage);
      return this;
    }

    public Builder only(ArtifactKind... kinds) {
      return only(Set.of(kinds));
    }

    /** The kinds to generate (default: all). */
    public Builder only(Set<ArtifactKind> kinds) {
      this.kinds = kinds.isEmpty() ? EnumSet.noneOf(ArtifactKind.class) : EnumSet.copyOf(kinds);
      return this;
    }

    public Builder include(String... resources) {
      return include(List.of(resources));
    }

    public Builder include(List<String> resources) {
      this.include = List.copyOf(resources);
      return this;
    }

    public Builder exclude(String... resources) {
      return exclude(List.of(resources));
    }

    public Builder exclude(List<String> resources) {
      this.exclude = List.copyOf(resources);
      return this;
    }

    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /** The project directory spec paths are shown relative to (default: the working directory). */
    public Builder baseDir(Path baseDir) {
      this.baseDir = Objects.requireNonNull(baseDir, "baseDir == null");
      return this;
    }

    /** Whether types carry {@code @Generated} (default: true). */
    public Builder generatedAnnotation(boolean generatedAnnotation) {
      this.generatedAnnotation = generatedAnnotation;
      return this;
    }

    /** The request; throws when no spec was named. */
    public CodegenRequest build() {
      if (spec == null) {
        throw new IllegalStateException("no spec: call spec(...) with a folder, a file or a classpath folder");
      }
      return new CodegenRequest(spec, outputDir, basePackage, kinds, include, exclude, dryRun, baseDir,
          generatedAnnotation);
    }
  }
}
