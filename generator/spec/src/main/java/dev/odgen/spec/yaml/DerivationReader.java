package dev.odgen.spec.yaml;

import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.model.Derivation;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a {@code derived:} value: the word {@code serverTime}, or a map with exactly one of the
 * forms {@code via} (with {@code take}), {@code nameOf}, {@code nonEmpty}, {@code collect} (with
 * {@code match}, {@code take} and an optional {@code join}) or {@code custom}.
 */
final class DerivationReader {

  private static final List<String> FORMS = List.of("via", "nameOf", "nonEmpty", "collect", "custom");
  private static final List<String> KEYS = List.of("via", "take", "nameOf", "nonEmpty", "collect", "match", "join",
      "custom");
  private static final String CHOICES =
      "use serverTime, {via: F, take: G}, {nameOf: F}, {nonEmpty: F}, {collect: R, match: F, take: G}"
          + " or {custom: \"what it is\"}";

  private DerivationReader() {}

  static Optional<DerivationElement> read(Node node, ReadScope scope, Trail trail) {
    if (Nodes.isScalar(node)) {
      String word = Nodes.text(node);
      if (word.equals("serverTime")) {
        return Optional.of(new DerivationElement(new Derivation.ServerTime(), Marks.at(scope.location(node))));
      }
      scope.diagnostics().error(scope.location(node), trail, "unknown derivation '" + word + "'", CHOICES);
      return Optional.empty();
    }
    Optional<MapReader> map = MapReader.open(node, "'derived'", KEYS, scope, trail);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    MapReader derived = map.get();
    List<String> forms = FORMS.stream().filter(derived::has).toList();
    if (forms.size() != 1) {
      scope.diagnostics().error(derived.start(), trail,
          forms.isEmpty() ? "a derivation needs one of via, nameOf, nonEmpty, collect or custom"
              : "a derivation takes only one of via, nameOf, nonEmpty, collect or custom; found "
                  + String.join(" and ", forms),
          CHOICES);
      return Optional.empty();
    }
    String form = forms.get(0);
    allowOnly(derived, form, List.of("take"), "via", "collect");
    allowOnly(derived, form, List.of("match", "join"), "collect");
    Optional<Derivation> derivation = switch (form) {
      case "via" -> both(derived.requiredText("via"), derived.requiredText("take"))
          .map(p -> new Derivation.Lookup(p[0], p[1]));
      case "nameOf" -> derived.requiredText("nameOf").map(Derivation.NameOf::new);
      case "nonEmpty" -> derived.requiredText("nonEmpty").map(Derivation.NonEmpty::new);
      case "collect" -> collect(derived);
      default -> derived.requiredText("custom").map(Derivation.Custom::new);
    };
    return derivation.map(d -> new DerivationElement(d, derived.marks()));
  }

  private static Optional<Derivation> collect(MapReader derived) {
    Optional<String> resource = derived.requiredText("collect");
    Optional<String> match = derived.requiredText("match");
    Optional<String> take = derived.requiredText("take");
    if (resource.isEmpty() || match.isEmpty() || take.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Derivation.Collect(resource.get(), match.get(), take.get(), derived.text("join")));
  }

  /** Reports each of {@code keys} that is written although {@code form} is not one of {@code forms}. */
  private static void allowOnly(MapReader derived, String form, List<String> keys, String... forms) {
    if (List.of(forms).contains(form)) {
      return;
    }
    for (String key : keys) {
      if (derived.has(key)) {
        derived.errorAt(key, "'" + key + "' does not apply to a '" + form + "' derivation",
            "remove '" + key + "' (it belongs to " + String.join(" and ", forms) + ")");
      }
    }
  }

  private static Optional<String[]> both(Optional<String> first, Optional<String> second) {
    return first.isPresent() && second.isPresent()
        ? Optional.of(new String[] {first.get(), second.get()})
        : Optional.empty();
  }
}
