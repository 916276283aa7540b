package dev.odgen.runtime.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into bytes, up to a limit: past it the download stops and the body fails with
 * {@link TooLarge}, so a huge or endless body costs the limit in memory, not the whole heap. A
 * {@code Content-Length} above the limit fails at once.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
  /** The body passed the limit; {@link #status} is the response's status. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    final int status;

    TooLarge(int status, long limit) {
      super("the response body is larger than " + limit + " bytes, the client's limit (maxResponseBytes)");
      this.status = status;
    }
  }

  private final int status;
  private final long limit;
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private volatile Flow.Subscription subscription;
  private long received;

  private CappedBody(int status, long limit, long announced) {
    this.status = status;
    this.limit = limit;
    if (announced > limit) {
      body.completeExceptionally(new TooLarge(status, limit));
    }
  }

  /** A handler whose bodies stop at {@code limit} bytes. */
  static HttpResponse.BodyHandler<byte[]> handler(long limit) {
    return info -> new CappedBody(info.statusCode(), limit,
        info.headers().firstValueAsLong("Content-Length").orElse(-1L));
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (body.isDone()) {
      s.cancel();
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    for (ByteBuffer item : items) {
      received += item.remaining();
      if (received > limit) {
        subscription.cancel();
        body.completeExceptionally(new TooLarge(status, limit));
        return;
      }
      byte[] chunk = new byte[item.remaining()];
      item.get(chunk);
      bytes.write(chunk, 0, chunk.length);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable failure) {
    body.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    body.complete(bytes.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }
}
