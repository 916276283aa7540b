package dev.odgen.runtime.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.runtime.wire.Json;
import dev.odgen.runtime.wire.WireFormatException;
import dev.odgen.runtime.wire.WireFormats;
import dev.odgen.runtime.wire.WireReader;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A successful (2xx) response. Generated stubs read it with {@link #object(Function)} or {@link
 * #list(Function)}; a body that is not the JSON expected throws {@link ApiException} naming the
 * call.
 */
public final class Response {
  private final int status;
  private final HttpHeaders headers;
  private final byte[] body;
  private final String method;
  private final URI uri;
  private final WireFormats formats;

  Response(int status, HttpHeaders headers, byte[] body, String method, URI uri, WireFormats formats) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.method = method;
    this.uri = uri;
    this.formats = formats;
  }

  public int status() {
    return status;
  }

  public HttpHeaders headers() {
    return headers;
  }

  /** The {@code Location} header (sent with 201 Created). */
  public Optional<String> location() {
    return headers.firstValue("Location");
  }

  /** The body as text. */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** True when the body is empty. */
  public boolean isEmpty() {
    return body.length == 0;
  }

  /** The body as JSON. */
  public JsonNode json() {
    try {
      return Json.parse("response", body);
    } catch (WireFormatException e) {
      throw unexpected(e.getMessage(), e);
    }
  }

  /** The body, a JSON object, read by {@code reader} (e.g. {@code PatientJson::read}). */
  public <T> T object(Function<WireReader, T> reader) {
    JsonNode node = json();
    if (!node.isObject()) {
      throw unexpected("response is not a JSON object", null);
    }
    return read(node, reader);
  }

  /** The body, a JSON array of objects, each read by {@code reader}. */
  public <T> List<T> list(Function<WireReader, T> reader) {
    JsonNode node = json();
    if (!node.isArray()) {
      throw unexpected("response is not a JSON array", null);
    }
    List<T> out = new ArrayList<>(node.size());
    for (JsonNode item : node) {
      if (!item.isObject()) {
        throw unexpected("response array holds something other than objects", null);
      }
      out.add(read(item, reader));
    }
    return out;
  }

  private <T> T read(JsonNode node, Function<WireReader, T> reader) {
    try {
      return reader.apply(new WireReader(node, formats));
    } catch (WireFormatException e) {
      throw unexpected("response field " + e.getMessage(), e);
    }
  }

  private ApiException unexpected(String what, Throwable cause) {
    return new ApiException(status, method, uri, "unexpected response: " + what, cause);
  }
}
