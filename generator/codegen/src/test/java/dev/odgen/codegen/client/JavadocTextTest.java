package dev.odgen.codegen.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavadocTextTest {

  @Test
  void longLinesBreakAtSpacesButNeverInsideAnInlineTag() {
    String text = "x".repeat(90) + " {@code GET /patients/{PatNum}} tail";
    assertEquals("x".repeat(90) + "\n{@code GET /patients/{PatNum}} tail", JavadocText.wrap(text));
  }

  @Test
  void continuationLinesGetTheIndentAndShortLinesStayAsTheyAre() {
    assertEquals("@param a " + "y".repeat(89) + "\n    end", JavadocText.wrap("@param a " + "y".repeat(89) + " end", "    "));
    assertEquals("short\n\nkept", JavadocText.wrap("short\n\nkept"));
  }
}
