package dev.odgen.cli;

import dev.odgen.spec.model.ApiModel;

/** The size of a model in words, e.g. "99 resources, 1523 fields, 339 endpoints, 120 enums". */
final class Counts {

  private Counts() {}

  static String of(ApiModel model) {
    return count(model.resources().size(), "resource") + ", " + count(model.fieldCount(), "field") + ", "
        + count(model.endpointCount(), "endpoint") + ", " + count(model.enums().size(), "enum");
  }

  static String count(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
