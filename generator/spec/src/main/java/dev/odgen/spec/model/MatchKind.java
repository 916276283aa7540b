package dev.odgen.spec.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a list filter compares its parameter with a field. */
public enum MatchKind {
  EQUALS("equals"),
  STARTS_WITH("startsWith"),
  CONTAINS("contains"),
  CHANGED_SINCE("changedSince"),
  FROM("from"),
  TO("to"),
  ON_DATE("onDate"),
  CUSTOM("custom");

  private final String specName;

  MatchKind(String specName) {
    this.specName = specName;
  }

  public String specName() {
    return specName;
  }

  public static Optional<MatchKind> fromSpecName(String name) {
    return Arrays.stream(values()).filter(m -> m.specName.equals(name)).findFirst();
  }

  public static List<String> specNames() {
    return Arrays.stream(values()).map(MatchKind::specName).toList();
  }
}
