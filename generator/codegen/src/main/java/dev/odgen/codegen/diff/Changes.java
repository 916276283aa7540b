package dev.odgen.codegen.diff;

import dev.odgen.spec.diag.Location;
import java.util.ArrayList;
import java.util.List;

/** Collects the changes of one comparison. */
final class Changes {
  private final List<Change> all = new ArrayList<>();

  void add(Location location, String subject, String description, ClientImpact client, DataImpact data) {
    all.add(new Change(location, subject, description, client, data));
  }

  void breaking(Location location, String subject, String description) {
    add(location, subject, description, ClientImpact.BREAKING, DataImpact.NONE);
  }

  void compatible(Location location, String subject, String description) {
    add(location, subject, description, ClientImpact.COMPATIBLE, DataImpact.NONE);
  }

  List<Change> list() {
    return List.copyOf(all);
  }
}
