package dev.odgen.codegen.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineDiffTest {

  @Test
  void equalTextsHaveNoDiff() {
    assertEquals("", LineDiff.unified("A.java", "a\nb\n", "a\nb\n"));
  }

  @Test
  void showsChangedLinesWithContext() {
    String diff = LineDiff.unified("A.java", "1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nfive\n6\n7\n8\n");
    assertEquals("""
        --- expected/A.java
        +++ actual/A.java
        @@ -2 +2 @@
         2
         3
         4
        -5
        +five
         6
         7
         8
        """, diff);
  }
}
