package dev.odgen.runtime.wire;

/**
 * Writes one JSON value (usually an object or an array) with a {@link WireWriter}. Generated code
 * passes these to the server's responses and the client's requests, e.g. {@code w ->
 * PatientJson.write(w, patient)}.
 */
@FunctionalInterface
public interface JsonBody {
  void write(WireWriter writer);
}
