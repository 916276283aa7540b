package dev.odgen.runtime.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answers to what it refuses before any handler runs (malformed HTTP, a URI or headers too large,
 * a bad HTTP version) in the API's error form, as {@link ErrorMapper#protocol} words them, instead of
 * Jetty's HTML pages and empty bodies.
 */
final class ProtocolErrors extends ErrorHandler {
  private final ErrorFormat format;

  /** Refusals written in {@code format}, the API's error form. */
  ProtocolErrors(ErrorFormat format) {
    this.format = format;
  }

  /** Jetty writes an error body only for GET, POST and HEAD; every refusal here says what is wrong. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback callback)
      throws IOException {
    ErrorMapper.Rendered body = ErrorMapper.render(ErrorMapper.protocol(code, message), format);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, body.contentType());
    response.write(true, ByteBuffer.wrap(body.body().getBytes(StandardCharsets.UTF_8)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    ErrorMapper.Rendered body = ErrorMapper.render(ErrorMapper.protocol(status, reason), format);
    fields.put(HttpHeader.CONTENT_TYPE, body.contentType());
    return ByteBuffer.wrap(body.body().getBytes(StandardCharsets.UTF_8));
  }
}
