package dev.odgen.runtime.server;

import dev.odgen.runtime.wire.ItemWriter;
import dev.odgen.runtime.wire.JsonBody;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a handler answers: a status and a JSON body (written with the request's output formats),
 * or plain text, or nothing. Immutable; {@link #withHeader} returns a copy.
 */
public final class ApiResponse {
  private final int status;
  private final JsonBody json;
  private final String text;
  private final Map<String, String> headers;

  private ApiResponse(int status, JsonBody json, String text, Map<String, String> headers) {
    this.status = status;
    this.json = json;
    this.text = text;
    this.headers = Map.copyOf(headers);
  }

  /** 200 with a JSON body, e.g. {@code ApiResponse.ok(w -> PatientJson.write(w, p))}. */
  public static ApiResponse ok(JsonBody body) {
    return json(200, body);
  }

  /** 200 with a JSON array of {@code items}, each written by {@code item}. */
  public static <T> ApiResponse okList(List<? extends T> items, ItemWriter<? super T> item) {
    return json(200, w -> w.listValue(items, item));
  }

  /**
   * 201 Created with a {@code Location} header and the created object.
   *
   * @param location the new item's path relative to the base path, e.g. {@code /patients/48};
   *     the server makes it an absolute URL ({@code http://host/api/v1/patients/48}). An absolute
   *     URL is sent as is.
   */
  public static ApiResponse created(String location, JsonBody body) {
    return json(201, body).withHeader("Location", Objects.requireNonNull(location, "location"));
  }

  /** 200 with no body (e.g. after DELETE). */
  public static ApiResponse ok() {
    return new ApiResponse(200, null, null, Map.of());
  }

  /** Any status with a JSON body. */
  public static ApiResponse json(int status, JsonBody body) {
    return new ApiResponse(status, Objects.requireNonNull(body, "body"), null, Map.of());
  }

  /** Any status with a plain-text body. */
  public static ApiResponse text(int status, String text) {
    return new ApiResponse(status, null, Objects.requireNonNull(text, "text"), Map.of());
  }

  /** A copy with one more header. */
  public ApiResponse withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new ApiResponse(status, json, text, h);
  }

  public int status() {
    return status;
  }

  /** The JSON body, or {@code null}. */
  public JsonBody json() {
    return json;
  }

  /** The text body, or {@code null}. */
  public String text() {
    return text;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
