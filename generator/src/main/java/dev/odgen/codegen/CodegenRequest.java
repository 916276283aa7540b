package dev.odgen.codegen;

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
 * CodegenRequest.builder(Path.of("spec/opendental"), Path.of("target/generated-sources/odgen"))
 *     .only(ArtifactKind.ENTITIES, ArtifactKind.SCHEMA)
 *     .include("Patients", "Appointments")
 *     .build();
 * </pre>
 *
 * @param spec the spec folder or file
 * @param outputDir the output directory; odgen owns the files its manifest lists there, nothing else
 * @param basePackage overrides the spec's {@code api.package}
 * @param kinds the artifact kinds to generate
 * @param include resources to generate (resource or entity names, any case); empty means all
 * @param exclude resources to leave out, applied after {@code include}
 * @param dryRun work out what would change, write nothing
 * @param baseDir the folder the spec is named relative to in generated headers (the project directory);
 *     without it, headers name the spec by its file name, never by an absolute path
 */
public record CodegenRequest(
    Path spec,
    Path outputDir,
    Optional<String> basePackage,
    Set<ArtifactKind> kinds,
    List<String> include,
    List<String> exclude,
    boolean dryRun,
    Optional<Path> baseDir) {

  public CodegenRequest {
    Objects.requireNonNull(spec, "spec == null");
    Objects.requireNonNull(outputDir, "outputDir == null");
    Objects.requireNonNull(basePackage, "basePackage == null");
    kinds = Set.copyOf(kinds);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    Objects.requireNonNull(baseDir, "baseDir == null");
  }

  public static Builder builder(Path spec, Path outputDir) {
    return new Builder(spec, outputDir);
  }

  public Builder toBuilder() {
    Builder builder = new Builder(spec, outputDir);
    builder.basePackage = basePackage;
    builder.kinds = kinds.isEmpty() ? EnumSet.noneOf(ArtifactKind.class) : EnumSet.copyOf(kinds);
    builder.include = include;
    builder.exclude = exclude;
    builder.dryRun = dryRun;
    builder.baseDir = baseDir;
    return builder;
  }

  /** The spec as headers of generated files name it: relative to {@link #baseDir}, else its file name. */
  public String specLabel() {
    Path absolute = spec.toAbsolutePath().normalize();
    Path label = baseDir
        .map(dir -> dir.toAbsolutePath().normalize())
        .filter(absolute::startsWith)
        .map(dir -> dir.relativize(absolute))
        .filter(relative -> !relative.toString().isEmpty())
        .orElse(absolute.getFileName() == null ? absolute : absolute.getFileName());
    return label.toString().replace('\\', '/');
  }

  /** Collects the optional parts of a request; every kind is selected unless {@link #only} says otherwise. */
  public static final class Builder {
    private final Path spec;
    private final Path outputDir;
    private Optional<String> basePackage = Optional.empty();
    private Set<ArtifactKind> kinds = EnumSet.allOf(ArtifactKind.class);
    private List<String> include = List.of();
    private List<String> exclude = List.of();
    private boolean dryRun;
    private Optional<Path> baseDir = Optional.empty();

    private Builder(Path spec, Path outputDir) {
      this.spec = Objects.requireNonNull(spec, "spec == null");
      this.outputDir = Objects.requireNonNull(outputDir, "outputDir == null");
    }

    public Builder basePackage(String basePackage) {
      this.basePackage = Optional.ofNullable(basePackage);
      return this;
    }

    public Builder only(ArtifactKind... kinds) {
      return only(Set.of(kinds));
    }

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

    public Builder baseDir(Path baseDir) {
      this.baseDir = Optional.ofNullable(baseDir);
      return this;
    }

    public CodegenRequest build() {
      return new CodegenRequest(spec, outputDir, basePackage, kinds, include, exclude, dryRun, baseDir);
    }
  }
}
