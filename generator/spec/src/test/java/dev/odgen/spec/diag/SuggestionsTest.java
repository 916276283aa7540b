package dev.odgen.spec.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  @Test
  void suggestsTheClosestNameWithinReach() {
    assertEquals(Optional.of("dateTime"), Suggestions.closest("datetime", List.of("date", "dateTime", "time")));
    assertEquals(Optional.of("Patients"), Suggestions.closest("Patinets", List.of("Patients", "PatPlans")));
    assertEquals(Optional.empty(), Suggestions.closest("Zebra", List.of("Patients", "PatPlans")));
  }

  @Test
  void listsFewChoicesAndOnlySuggestsAmongMany() {
    assertEquals("use one of a, b, c", Suggestions.useOneOf("key", "zzz", List.of("c", "a", "b")));
    List<String> many = IntStream.range(0, 30).mapToObj(i -> "Name" + i).toList();
    assertEquals("use the name of an existing resource; did you mean 'Name12'?",
        Suggestions.useOneOf("resource", "Nme12", many));
  }

  @Test
  void diagnosticsAreSortedByLocationAndCounted() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.error(new Location("b.yaml", 1, 1), Trail.empty(), "second", "fix b");
    diagnostics.error(new Location("a.yaml", 9, 3), Trail.empty().in("in resource 'X'", new Location("a.yaml", 1, 1)),
        "first", "fix a");
    SpecException exception = new SpecException(diagnostics.sorted());
    assertEquals("""
        a.yaml:9:3: error: first
          in resource 'X' (a.yaml:1:1)
          fix: fix a
        b.yaml:1:1: error: second
          fix: fix b
        2 errors
        """, exception.render());
    assertEquals(0, exception.getStackTrace().length);
  }
}
