package dev.odgen.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.odgen.runtime.testing.Settings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GracefulStopTest {

  @Test
  void stopLetsARunningRequestFinish() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    ApiServer server = ApiServer.builder()
        .basePath("/api/v1")
        .withoutAuth()
        .wire(Settings.WIRE)
        .paging(Settings.PAGING)
        .register(r -> r.get("/slow", req -> {
          started.countDown();
          Thread.sleep(400);
          return ApiResponse.text(200, "done");
        }))
        .host("127.0.0.1")
        .port(0)
        .stopTimeout(Duration.ofSeconds(5))
        .build()
        .start();
    CompletableFuture<HttpResponse<String>> call = HttpClient.newHttpClient().sendAsync(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/slow")).build(), HttpResponse.BodyHandlers.ofString());
    started.await(5, TimeUnit.SECONDS);
    server.stop();
    HttpResponse<String> r = call.get(5, TimeUnit.SECONDS);
    assertEquals("200 done", r.statusCode() + " " + r.body());
  }
}
