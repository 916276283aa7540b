package dev.odgen.runtime.client;

import dev.odgen.runtime.wire.WireReader;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a create call answered: the created item, read from the body, and the {@code Location} header
 * (the URL of the new item) that APIs send with 201 Created, when there was one.
 *
 * @param <T> the item's type
 * @param value the created item as the server returned it
 * @param location the {@code Location} header, if the response carried one
 */
public record Created<T>(T value, Optional<String> location) {

  public Created {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(location, "location");
  }

  /** Reads a create response: the body, a JSON object, by {@code reader}, and the Location header. */
  public static <T> Created<T> of(Response response, Function<WireReader, T> reader) {
    return new Created<>(response.object(reader), response.location());
  }
}
