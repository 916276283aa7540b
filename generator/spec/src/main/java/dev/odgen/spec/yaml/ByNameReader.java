package dev.odgen.spec.yaml;

import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.model.ByName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a {@code byName:} value: {@code {take: ItemName, where: {Category: BillingTypes}}}. {@code take} is
 * required; {@code where} is an optional map of single values. Whether the names exist and the values fit is
 * checked after linking.
 */
final class ByNameReader {

  private static final List<String> KEYS = List.of("take", "where");

  private ByNameReader() {}

  static Optional<ByNameElement> read(Node node, ReadScope scope, Trail trail) {
    Optional<MapReader> map = MapReader.open(node, "'byName'", KEYS, scope, trail);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    MapReader byName = map.get();
    Optional<String> take = byName.requiredText("take");
    Map<String, String> where = new LinkedHashMap<>();
    Marks whereMarks = Marks.at(byName.valueLocation("where"));
    Optional<MapReader> conditions = byName.map("where", "'where'", null, trail);
    if (conditions.isPresent()) {
      for (MapReader.Entry entry : conditions.get().entries()) {
        conditions.get().text(entry.key()).ifPresentOrElse(value -> where.put(entry.key(), value),
            () -> conditions.get().errorAt(entry.key(), "condition '" + entry.key() + "' has no value",
                "write the value the target's field must hold, e.g. '" + entry.key() + ": 4'"));
      }
      whereMarks = conditions.get().marks();
    }
    Marks marks = byName.marks();
    Marks finalWhere = whereMarks;
    return take.map(t -> new ByNameElement(new ByName(t, where), marks, finalWhere));
  }
}
