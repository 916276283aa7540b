package dev.odgen.codegen;

import dev.odgen.spec.diag.Suggestions;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the resources a request names. A resource may be named by its resource name ({@code Patients}) or
 * entity name ({@code Patient}), in any case; an unknown name is an error, so a typo never silently
 * generates nothing.
 */
final class ResourceSelection {

  private ResourceSelection() {}

  /** The included resources (all when {@code include} is empty) minus the excluded ones, sorted by name. */
  static List<Resource> select(ApiModel model, List<String> include, List<String> exclude) {
    List<Resource> selected = include.isEmpty() ? new ArrayList<>(model.resources()) : resolve(model, include, "include");
    selected.removeAll(resolve(model, exclude, "exclude"));
    return selected.stream().sorted(Comparator.comparing(Resource::name)).toList();
  }

  private static List<Resource> resolve(ApiModel model, List<String> names, String option) {
    List<Resource> resources = new ArrayList<>();
    for (String name : names) {
      Resource resource = find(model, name.trim()).orElseThrow(() -> unknown(model, name, option));
      if (!resources.contains(resource)) {
        resources.add(resource);
      }
    }
    return resources;
  }

  private static Optional<Resource> find(ApiModel model, String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return model.resources().stream()
        .filter(r -> r.name().toLowerCase(Locale.ROOT).equals(wanted)
            || r.entityName().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  private static CodegenException unknown(ApiModel model, String name, String option) {
    List<String> known = model.resources().stream().map(Resource::name).sorted().toList();
    return new CodegenException("unknown resource '" + name + "' to " + option + "\n  fix: "
        + Suggestions.useOneOf("resource", name, known));
  }
}
