package dev.odgen.spec.link;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Location;
import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.yaml.ApiElement;
import dev.odgen.spec.yaml.EnumElement;
import dev.odgen.spec.yaml.ExclusionElement;
import dev.odgen.spec.yaml.FileElement;
import dev.odgen.spec.yaml.FileKind;
import dev.odgen.spec.yaml.ModelElement;
import dev.odgen.spec.yaml.ResourceElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The global names of a spec (resources, enums, models) gathered from all files, with duplicates
 * reported. The first declaration of a name wins; later ones are reported and left out.
 */
final class Symbols {

  final Optional<ApiElement> api;
  final Map<String, ResourceElement> resources = new TreeMap<>();
  final Map<String, EnumElement> enums = new TreeMap<>();
  final Map<String, ModelElement> models = new TreeMap<>();
  final Map<String, ResourceElement> modelOwners = new TreeMap<>();
  final List<ExclusionElement> exclusions = new ArrayList<>();

  private Symbols(Optional<ApiElement> api) {
    this.api = api;
  }

  static Symbols collect(List<FileElement> files, String specLabel, Diagnostics diagnostics) {
    List<FileElement> apiFiles = files.stream().filter(f -> f.kind() == FileKind.API).toList();
    if (apiFiles.isEmpty()) {
      // at the first file when there is one, so the message has a place to click
      Location at = files.isEmpty() ? Location.unknown(specLabel) : new Location(files.get(0).path(), 1, 1);
      diagnostics.error(at, Trail.empty(), "the spec has no API file",
          "add a file whose top-level key is 'api:' (see spec/FORMAT.md)");
    }
    for (FileElement extra : apiFiles.subList(Math.min(1, apiFiles.size()), apiFiles.size())) {
      diagnostics.error(extra.location(), Trail.empty().in("first API file", apiFiles.get(0).location()),
          "a second API file", "keep one file with 'api:' and merge the other into it");
    }
    Symbols symbols = new Symbols(apiFiles.isEmpty() ? Optional.empty() : apiFiles.get(0).api());
    for (FileElement file : files) {
      file.enums().forEach(e -> symbols.addEnum(e, diagnostics));
      file.resource().ifPresent(r -> symbols.addResource(r, diagnostics));
      symbols.exclusions.addAll(file.exclusions());
    }
    return symbols;
  }

  private void addEnum(EnumElement element, Diagnostics diagnostics) {
    EnumElement first = enums.putIfAbsent(element.name(), element);
    if (first != null) {
      duplicate("enum", element.name(), element.marks().start(), first.marks().start(), diagnostics);
    }
  }

  private void addResource(ResourceElement element, Diagnostics diagnostics) {
    ResourceElement first = resources.putIfAbsent(element.name(), element);
    if (first != null) {
      duplicate("resource", element.name(), element.marks().start(), first.marks().start(), diagnostics);
      return;
    }
    for (ModelElement model : element.models()) {
      ModelElement firstModel = models.putIfAbsent(model.name(), model);
      if (firstModel != null) {
        duplicate("model", model.name(), model.marks().start(), firstModel.marks().start(), diagnostics);
      } else {
        modelOwners.put(model.name(), element);
      }
    }
  }

  private static void duplicate(String what, String name, Location at, Location first, Diagnostics diagnostics) {
    diagnostics.error(at, Trail.empty().in("first declared", first), "duplicate " + what + " '" + name + "'",
        "rename or remove one of the two; " + what + " names are global across all files");
  }
}
