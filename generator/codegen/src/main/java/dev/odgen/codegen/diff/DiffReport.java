package dev.odgen.codegen.diff;

import java.util.List;

/** Every change between two specs, sorted by place, with the counts a summary needs. */
public record DiffReport(List<Change> changes) {

  public DiffReport {
    changes = changes.stream().sorted().toList();
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public long count(ClientImpact impact) {
    return changes.stream().filter(c -> c.client() == impact).count();
  }

  /** Changes that touch stored data at all. */
  public long dataChanges() {
    return changes.stream().filter(c -> c.data() != DataImpact.NONE).count();
  }

  public long destructive() {
    return changes.stream().filter(c -> c.data().isDestructive()).count();
  }

  /** Changes that corrupt stored rows (a changed stored value of an enum member). */
  public long errors() {
    return changes.stream().filter(c -> c.data().isError()).count();
  }

  public boolean hasBreaking() {
    return count(ClientImpact.BREAKING) > 0;
  }

  /** The closing line: {@code no changes}, or the counts of each class. */
  public String summary() {
    if (changes.isEmpty()) {
      return "no changes";
    }
    return changes.size() + (changes.size() == 1 ? " change" : " changes") + ": "
        + count(ClientImpact.BREAKING) + " breaking and " + count(ClientImpact.COMPATIBLE)
        + " compatible for clients; " + dataChanges() + " affecting stored data (" + destructive()
        + " destructive, " + errors() + (errors() == 1 ? " error" : " errors") + ")";
  }

  /** Every change on its own line, then the summary. */
  public String render() {
    StringBuilder text = new StringBuilder();
    changes.forEach(c -> text.append(c.render()).append('\n'));
    return text.append(summary()).append('\n').toString();
  }
}
