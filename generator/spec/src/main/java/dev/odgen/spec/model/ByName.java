package dev.odgen.spec.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A ref field that travels as a field of the row it refers to rather than as its id: bodies give
 * {@code take} of the target row (matched ignoring case) and responses write it. {@code where} holds
 * constant conditions on other fields of the target, as written (an enum field's member name), in written
 * order, so that a name picks one row among the target's rows of one kind ({@code Category: BillingTypes}).
 */
public record ByName(String take, Map<String, String> where) {

  public ByName {
    where = Collections.unmodifiableMap(new LinkedHashMap<>(where));
  }
}
