package dev.odgen.spec.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Collects every problem found while loading and linking a spec, so that all of them can be
 * reported together. Not thread-safe: one collector per load.
 */
public final class Diagnostics {

  private final List<Diagnostic> errors = new ArrayList<>();

  /** Records an error with its context trail and the way to fix it. */
  public void error(Location location, Trail trail, String message, String fix) {
    errors.add(new Diagnostic(location, message, trail, Optional.ofNullable(fix)));
  }

  /**
   * Appends every error of {@code other}, in the order it found them: work done in parallel, each part with its
   * own collector, reports as if it had run in sequence when the parts are appended in sequence.
   */
  public void addAll(Diagnostics other) {
    errors.addAll(other.errors);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public int count() {
    return errors.size();
  }

  /** The errors sorted by location; errors at the same place keep the order they were found in. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> sorted = new ArrayList<>(errors);
    sorted.sort(Comparator.comparing(Diagnostic::location));
    return List.copyOf(sorted);
  }

  /** Throws a {@link SpecException} carrying all errors when there is at least one. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new SpecException(sorted());
    }
  }
}
