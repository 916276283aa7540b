package dev.odgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.odgen.runtime.testing.Settings;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreatedTest {

  private static Response response(Map<String, List<String>> headers, String body) {
    return new Response(201, HttpHeaders.of(headers, (name, value) -> true), body.getBytes(StandardCharsets.UTF_8),
        "POST", URI.create("http://x/api/v1/patients"), Settings.WIRE.formats());
  }

  @Test
  void readsTheBodyAndTheLocationHeader() {
    Created<Long> created = Created.of(
        response(Map.of("Location", List.of("http://x/api/v1/patients/48")), "{\"PatNum\":48}"),
        in -> in.getLong("PatNum"));
    assertEquals(48L, created.value());
    assertEquals(Optional.of("http://x/api/v1/patients/48"), created.location());
  }

  @Test
  void aResponseWithoutLocationHasNone() {
    Created<Long> created = Created.of(response(Map.of(), "{\"PatNum\":48}"), in -> in.getLong("PatNum"));
    assertEquals(Optional.empty(), created.location());
  }

  @Test
  void aBodyThatIsNotAnObjectIsAnApiException() {
    ApiException e = assertThrows(ApiException.class,
        () -> Created.of(response(Map.of(), "[]"), in -> in.getLong("PatNum")));
    assertEquals("unexpected response: response is not a JSON object", e.explanation());
  }
}
