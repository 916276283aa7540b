package dev.odgen.spec.yaml;

import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.model.ExclusionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an exclusions file. Each entry names a resource and exactly one of: an endpoint alone, an
 * endpoint with {@code queryParam} or {@code bodyField}, or a {@code responseField}; and a reason.
 */
final class ExclusionReader {

  private static final List<String> TOP_KEYS = List.of("exclusions", "enums");
  private static final List<String> ENTRY_KEYS =
      List.of("resource", "endpoint", "queryParam", "bodyField", "responseField", "reason");
  private static final List<String> NAME_KEYS = List.of("queryParam", "bodyField", "responseField");
  private static final Pattern ENDPOINT = Pattern.compile("(GET|POST|PUT|DELETE|PATCH) /\\S*");
  private static final String SHAPES =
      "give an endpoint alone, an endpoint with queryParam or bodyField, or a responseField";

  private ExclusionReader() {}

  static FileElement read(MappingNode root, ReadScope scope) {
    MapReader top = MapReader.open(root, "the exclusions file", TOP_KEYS, scope, Trail.empty()).orElseThrow();
    List<ExclusionElement> exclusions = new ArrayList<>();
    List<Node> items = top.items("exclusions");
    for (int i = 0; i < items.size(); i++) {
      Trail trail = Trail.empty().in("in exclusion #" + (i + 1), scope.location(items.get(i)));
      MapReader.open(items.get(i), "an exclusion", ENTRY_KEYS, scope, trail)
          .flatMap(ExclusionReader::readEntry)
          .ifPresent(exclusions::add);
    }
    return new FileElement(scope.path(), FileKind.EXCLUSIONS, top.keyLocation("exclusions"), Optional.empty(),
        Optional.empty(), exclusions, EnumReader.readSection(top));
  }

  private static Optional<ExclusionElement> readEntry(MapReader entry) {
    Optional<String> resource = entry.requiredText("resource");
    Optional<String> reason = entry.requiredText("reason");
    if (reason.isPresent() && reason.get().isBlank()) {
      entry.errorAt("reason", "the reason is blank", "say why this is not modelled");
    }
    Optional<String> endpoint = entry.text("endpoint");
    endpoint.filter(e -> !ENDPOINT.matcher(e).matches()).ifPresent(e -> entry.errorAt("endpoint",
        "malformed endpoint '" + e + "'", "write it as METHOD /path, e.g. 'POST /queries'"));
    List<String> names = NAME_KEYS.stream().filter(entry::has).toList();
    Optional<ExclusionKind> kind = kind(entry, names, endpoint.isPresent());
    if (resource.isEmpty() || reason.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> name = names.isEmpty() ? Optional.empty() : entry.text(names.get(0));
    return Optional.of(new ExclusionElement(resource.get(), kind.get(), endpoint, name, reason.get(), entry.marks()));
  }

  private static Optional<ExclusionKind> kind(MapReader entry, List<String> names, boolean hasEndpoint) {
    if (names.size() > 1) {
      entry.errorAt(names.get(1), "an exclusion names only one of queryParam, bodyField or responseField; found "
          + String.join(" and ", names), "split it into one exclusion per name");
      return Optional.empty();
    }
    String name = names.isEmpty() ? "" : names.get(0);
    if (!hasEndpoint && !name.equals("responseField")) {
      entry.scope().diagnostics().error(entry.start(), entry.trail(),
          name.isEmpty() ? "an exclusion needs an endpoint or a responseField" : "'" + name + "' needs an endpoint",
          SHAPES);
      return Optional.empty();
    }
    return Optional.of(switch (name) {
      case "queryParam" -> ExclusionKind.QUERY_PARAM;
      case "bodyField" -> ExclusionKind.BODY_FIELD;
      case "responseField" -> ExclusionKind.RESPONSE_FIELD;
      default -> ExclusionKind.ENDPOINT;
    });
  }
}
