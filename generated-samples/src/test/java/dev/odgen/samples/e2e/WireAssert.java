package dev.odgen.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.spec.model.Derivation;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Resource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Compares wire values and whole rows as the API writes them. */
final class WireAssert {
  private WireAssert() {}

  /** Equal as wire values: numbers by value (12.5 = 12.50), everything else by its JSON. */
  static boolean same(JsonNode expected, JsonNode actual) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    if (expected.isNumber() || actual.isNumber()) {
      try {
        return new BigDecimal(expected.asText()).compareTo(new BigDecimal(actual.asText())) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return expected.equals(actual);
  }

  /** Asserts {@code json} shows every value of {@code sent} (by field name) as it was sent. */
  static void showsSent(String what, JsonNode sent, JsonNode json) {
    List<String> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = sent.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode shown = json.get(e.getKey());
      if (!same(e.getValue(), shown)) {
        problems.add(e.getKey() + ": sent " + e.getValue() + ", shown " + shown);
      }
    }
    if (!problems.isEmpty()) {
      fail(what + ": " + String.join("; ", problems) + "\n  row: " + json);
    }
  }

  /**
   * Asserts {@code after} equals {@code before} field by field, except the fields {@code mayChange} accepts;
   * both must carry the same field names.
   */
  static void sameExcept(String what, JsonNode before, JsonNode after, Predicate<String> mayChange) {
    List<String> problems = new ArrayList<>();
    List<String> names = new ArrayList<>();
    before.fieldNames().forEachRemaining(names::add);
    List<String> afterNames = new ArrayList<>();
    after.fieldNames().forEachRemaining(afterNames::add);
    if (!names.equals(afterNames)) {
      problems.add("fields were " + names + ", are " + afterNames);
    }
    for (String name : names) {
      if (!mayChange.test(name) && !same(before.get(name), after.get(name))) {
        problems.add(name + ": was " + before.get(name) + ", is " + after.get(name));
      }
    }
    assertTrue(problems.isEmpty(), () -> what + ": " + String.join("; ", problems));
  }

  /** Fields whose value is the server's to change at any time: its clock and the timestamps it keeps. */
  static boolean serverKept(Resource resource, String name) {
    return resource.field(name)
        .map(f -> f.kind() == FieldType.TIMESTAMP || f.derived().map(d -> d instanceof Derivation.ServerTime).orElse(false))
        .orElse(false);
  }

  /** True for derived fields computed from {@code changed} (the looked-up text of a ref, an enum's name...). */
  static boolean derivedFrom(Field field, String changed) {
    if (field.derived().isEmpty()) {
      return false;
    }
    Derivation d = field.derived().get();
    if (d instanceof Derivation.Lookup) {
      return ((Derivation.Lookup) d).via().equals(changed);
    }
    if (d instanceof Derivation.NameOf) {
      return ((Derivation.NameOf) d).field().equals(changed);
    }
    if (d instanceof Derivation.NonEmpty) {
      return ((Derivation.NonEmpty) d).field().equals(changed);
    }
    return d instanceof Derivation.Custom;
  }
}
