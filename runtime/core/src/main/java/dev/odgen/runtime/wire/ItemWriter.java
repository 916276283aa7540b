package dev.odgen.runtime.wire;

/** Writes one element of a list as a JSON value, e.g. {@code (w, p) -> PatientJson.write(w, p)}. */
@FunctionalInterface
public interface ItemWriter<T> {
  void write(WireWriter writer, T item);
}
