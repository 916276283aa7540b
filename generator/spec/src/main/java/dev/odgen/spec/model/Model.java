package dev.odgen.spec.model;

import dev.odgen.spec.diag.Location;
import java.util.List;

/** An object shape that is not a row of a table (action responses, composite read models). */
public record Model(String name, List<Property> fields, String notes, Location location) {

  public Model {
    fields = List.copyOf(fields);
  }
}
