package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.link.LinkedSpec;

/** One family of checks on a linked spec; reports every problem it finds and never throws. */
public interface Rule {

  void check(LinkedSpec spec, Diagnostics diagnostics);
}
