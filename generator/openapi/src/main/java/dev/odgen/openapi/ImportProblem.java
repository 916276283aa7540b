package dev.odgen.openapi;

/**
 * What is wrong with an imported document, and where: the JSON pointer of the offending value ({@code ""} for the
 * whole document) and its 1-based line and column (0 when the text gives none).
 */
public record ImportProblem(String pointer, int line, int column, String message) {

  /** {@code openapi.yaml:12:5: /paths/~1pets/get: responses is missing}. */
  public String render(String documentName) {
    String where = line > 0 ? documentName + ":" + line + ":" + column : documentName;
    return where + ": error: " + (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
  }
}
