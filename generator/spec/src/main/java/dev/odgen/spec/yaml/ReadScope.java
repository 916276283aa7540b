package dev.odgen.spec.yaml;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Location;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** The file being read and the collector its problems go to. */
record ReadScope(String path, Diagnostics diagnostics) {

  /** The 1-based location of a node (snakeyaml counts lines and columns from 0). */
  Location location(Node node) {
    return location(node.getStartMark());
  }

  Location location(Mark mark) {
    return mark == null ? Location.unknown(path) : new Location(path, mark.getLine() + 1, mark.getColumn() + 1);
  }
}
