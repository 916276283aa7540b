package dev.odgen.spec.link;

import dev.odgen.spec.diag.Location;
import dev.odgen.spec.yaml.Marks;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each part of the linked model was written, down to its values: model records carry only
 * their start {@link Location}; this maps that start to the element's {@link Marks}, so that rules
 * can point at the exact value that is wrong and tell which keys were written.
 */
public final class SourceMap {

  private final Map<Location, Marks> marks = new HashMap<>();

  void put(Marks elementMarks) {
    marks.putIfAbsent(elementMarks.start(), elementMarks);
  }

  /** The marks of the element that starts at {@code start}; bare marks when none was recorded. */
  public Marks marks(Location start) {
    return marks.getOrDefault(start, Marks.at(start));
  }
}
