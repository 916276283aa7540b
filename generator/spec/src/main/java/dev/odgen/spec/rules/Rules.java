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

  public static void checkAll(LinkedSpec spec, Diagnostics diagnostics) {
    ALL.forEach(rule -> rule.check(spec, diagnostics));
  }
}
