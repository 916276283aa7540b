package dev.odgen.spec.yaml;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Location;
import dev.odgen.spec.diag.SpecException;
import dev.odgen.spec.diag.Trail;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses the text of one file into YAML nodes (compose, not construct, so every node keeps its
 * position). Malformed YAML is the one problem that stops loading at once: nothing after it can be
 * trusted.
 */
final class YamlParser {

  private YamlParser() {}

  /** The file's single document; empty for an empty file. Throws {@link SpecException} on bad YAML. */
  static Optional<Node> parse(SpecSource source) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(YamlLimits.MAX_DEPTH);
    options.setMaxAliasesForCollections(0);
    try {
      Optional<YamlLimits.Problem> problem = YamlLimits.check(source);
      if (problem.isPresent()) {
        throw single(problem.get().at(), problem.get().message(), problem.get().fix());
      }
      Composer composer = new Composer(YamlLimits.checking(source, options), new Resolver(), options);
      return Optional.ofNullable(composer.getSingleNode());
    } catch (YamlLimits.Exceeded e) {
      throw single(e.problem.at(), e.problem.message(), e.problem.fix());
    } catch (MarkedYAMLException e) {
      throw syntaxError(source.path(), e);
    } catch (YAMLException e) {
      // a limit of the parser itself, which has no position to give: the file as a whole
      throw single(new Location(source.path(), 1, 1), "cannot read YAML: " + e.getMessage(),
          "check that the file is valid YAML");
    }
  }

  private static SpecException single(Location at, String message, String fix) {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.error(at, Trail.empty(), message, fix);
    return new SpecException(diagnostics.sorted());
  }

  private static SpecException syntaxError(String path, MarkedYAMLException e) {
    ReadScope scope = new ReadScope(path, new Diagnostics());
    Location at = scope.location(e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark());
    Trail trail = Trail.empty();
    if (e.getContext() != null && e.getContextMark() != null) {
      trail = trail.in(e.getContext().trim(), scope.location(e.getContextMark()));
    }
    String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem().trim();
    scope.diagnostics().error(at, trail, "invalid YAML: " + problem,
        "correct the YAML syntax here (indentation, a ':' after each key, matching quotes and brackets)");
    return new SpecException(scope.diagnostics().sorted());
  }
}
