package dev.odgen.runtime.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a server finds its OpenAPI document: {@code <name>.json} and {@code <name>.yaml} on the classpath, as the
 * generator's kind {@code openapi} writes them. Each file is read once, on first request. A server generated
 * without that kind has none, and says so when asked.
 */
public final class ApiDocs {

  private static final ApiDocs NONE = new ApiDocs(ApiDocs.class, null);

  private final Class<?> anchor;
  private final String resource;
  private final Map<String, Optional<byte[]>> loaded = new ConcurrentHashMap<>();

  private ApiDocs(Class<?> anchor, String resource) {
    this.anchor = anchor;
    this.resource = resource;
  }

  /**
   * The document at {@code resource} + {@code .json} / {@code .yaml}, an absolute classpath name such as
   * {@code /com/example/clinic/openapi}, found through {@code anchor}'s class loader.
   */
  public static ApiDocs onClasspath(Class<?> anchor, String resource) {
    Objects.requireNonNull(anchor, "anchor");
    if (!Objects.requireNonNull(resource, "resource").startsWith("/")) {
      throw new IllegalArgumentException("resource must be an absolute classpath name: " + resource);
    }
    return new ApiDocs(anchor, resource);
  }

  /** No document. */
  public static ApiDocs none() {
    return NONE;
  }

  /** The file's bytes ({@code json} or {@code yaml}), or empty when it is not on the classpath. */
  Optional<byte[]> read(String extension) {
    if (resource == null) {
      return Optional.empty();
    }
    return loaded.computeIfAbsent(extension, this::load);
  }

  /** What a request for the document is told when there is none. */
  String missing(String extension) {
    return resource == null
        ? "this server has no API document"
        : "this server has no API document: " + resource + "." + extension + " is not on its classpath"
            + " (generate kind openapi and put its output on the classpath)";
  }

  private Optional<byte[]> load(String extension) {
    try (InputStream in = anchor.getResourceAsStream(resource + "." + extension)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + "." + extension, e);
    }
  }
}
