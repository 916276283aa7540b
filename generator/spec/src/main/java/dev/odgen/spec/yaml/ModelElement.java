package dev.odgen.spec.yaml;

import java.util.List;

/** A model (an object shape that is not a table row) as written. */
public record ModelElement(String name, List<FieldElement> fields, String notes, Marks marks) {

  public ModelElement {
    fields = List.copyOf(fields);
  }
}
