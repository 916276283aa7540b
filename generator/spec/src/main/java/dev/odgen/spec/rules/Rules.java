package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.link.LinkedSpec;
import java.util.List;

/** Every rule, run in one place after linking. */
public final class Rules {

  private static final List<Rule> ALL = List.of(
      new IdRules(),
      new FieldKeyRules(),
      new FromCallerRules(),
      new ConventionRules(),
      new DerivationRules(),
      new ByNameRules(),
      new InternalRules(),
      new DefaultRules(),
      new FilterRules(),
      new BodyRules(),
      new DuplicateRules(),
      new EndpointRules(),
      new JavaNameRules(),
      new TableRules(),
      new RefRules(),
      new ExclusionRules());

  private Rules() {}

  /**
   * Runs every rule. Rules only read the linked spec, so they run side by side, each into its own collector;
   * the collectors are appended in the order of {@link #ALL}, as if the rules had run one after the other.
   */
  public static void checkAll(LinkedSpec spec, Diagnostics diagnostics) {
    List<Diagnostics> found = ALL.parallelStream().map(rule -> {
      Diagnostics own = new Diagnostics();
      rule.check(spec, own);
      return own;
    }).toList();
    found.forEach(diagnostics::addAll);
  }
}
