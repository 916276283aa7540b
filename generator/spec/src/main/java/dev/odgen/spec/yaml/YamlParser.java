package dev.odgen.spec.yaml;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Location;
import dev.odgen.spec.diag.SpecException;
import dev.odgen.spec.diag.Trail;
import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

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
    Yaml yaml = new Yaml(new SafeConstructor(options));
    try {
      return Optional.ofNullable(yaml.compose(new StringReader(source.text())));
    } catch (MarkedYAMLException e) {
      throw syntaxError(source.path(), e);
    } catch (YAMLException e) {
      Diagnostics diagnostics = new Diagnostics();
      diagnostics.error(Location.unknown(source.path()), Trail.empty(), "cannot read YAML: " + e.getMessage(),
          "check that the file is valid YAML");
      throw new SpecException(diagnostics.sorted());
    }
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
