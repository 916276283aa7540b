package dev.odgen.spec.yaml;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Location;
import dev.odgen.spec.diag.Trail;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads one spec file into a {@link FileElement}: parses the YAML, tells the file's kind from its
 * top-level key and hands each section to its reader. Shape problems go to the diagnostics; only
 * malformed YAML throws.
 */
public final class SpecFileReader {

  private static final List<String> KIND_KEYS = List.of("api", "resource", "exclusions");

  private SpecFileReader() {}

  /** Reads {@code source}; empty when the file is empty or unusable (the reason is reported). */
  public static Optional<FileElement> read(SpecSource source, Diagnostics diagnostics) {
    ReadScope scope = new ReadScope(source.path(), diagnostics);
    Optional<Node> root = YamlParser.parse(source);
    if (root.isEmpty() || Nodes.isNull(root.get())) {
      diagnostics.error(new Location(source.path(), 1, 1), Trail.empty(), "the file is empty",
          "start it with 'api:', 'resource:', 'exclusions:' or 'enums:', or delete it");
      return Optional.empty();
    }
    if (!(root.get() instanceof MappingNode mapping)) {
      diagnostics.error(scope.location(root.get()), Trail.empty(),
          "expected a map at the top of the file, found " + Nodes.describe(root.get()),
          "start the file with 'api:', 'resource:', 'exclusions:' or 'enums:'");
      return Optional.empty();
    }
    Set<String> kindKeys = kindKeysIn(mapping);
    if (kindKeys.size() > 1) {
      diagnostics.error(scope.location(mapping), Trail.empty(),
          "a file can hold only one of " + String.join(", ", kindKeys),
          "put the " + String.join(" and the ", kindKeys) + " in separate files");
      return Optional.empty();
    }
    String kindKey = kindKeys.isEmpty() ? "enums" : kindKeys.iterator().next();
    return switch (kindKey) {
      case "api" -> Optional.of(ApiReader.read(mapping, scope));
      case "resource" -> ResourceReader.read(mapping, scope);
      case "exclusions" -> Optional.of(ExclusionReader.read(mapping, scope));
      default -> readEnumsFile(mapping, scope);
    };
  }

  private static Optional<FileElement> readEnumsFile(MappingNode mapping, ReadScope scope) {
    boolean hasEnums = mapping.getValue().stream()
        .anyMatch(t -> Nodes.isScalar(t.getKeyNode()) && Nodes.text(t.getKeyNode()).equals("enums"));
    if (!hasEnums) {
      scope.diagnostics().error(scope.location(mapping), Trail.empty(), "cannot tell what kind of spec file this is",
          "start the file with 'api:', 'resource:', 'exclusions:' or 'enums:'");
      return Optional.empty();
    }
    Optional<MapReader> top = MapReader.open(mapping, "an enums file", List.of("enums"), scope, Trail.empty());
    List<EnumElement> enums = top.map(EnumReader::readSection).orElse(List.of());
    return Optional.of(new FileElement(scope.path(), FileKind.ENUMS, scope.location(mapping), Optional.empty(),
        Optional.empty(), List.of(), enums));
  }

  private static Set<String> kindKeysIn(MappingNode mapping) {
    Set<String> found = new LinkedHashSet<>();
    List<String> keys = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (Nodes.isScalar(tuple.getKeyNode())) {
        keys.add(Nodes.text(tuple.getKeyNode()));
      }
    }
    KIND_KEYS.stream().filter(keys::contains).forEach(found::add);
    return found;
  }
}
