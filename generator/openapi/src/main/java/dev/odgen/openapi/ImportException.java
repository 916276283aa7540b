package dev.odgen.openapi;

import java.util.List;
import java.util.stream.Collectors;

/** The document cannot be imported: every problem found, each with its pointer and line. Nothing was written. */
public final class ImportException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<ImportProblem> problems;
  private final String documentName;

  public ImportException(String documentName, List<ImportProblem> problems) {
    super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + documentName);
    this.documentName = documentName;
    this.problems = List.copyOf(problems);
  }

  public List<ImportProblem> problems() {
    return problems;
  }

  /** One line per problem, then a count. */
  public String render() {
    return problems.stream().map(p -> p.render(documentName) + "\n").collect(Collectors.joining())
        + problems.size() + (problems.size() == 1 ? " error" : " errors") + "\n";
  }
}
