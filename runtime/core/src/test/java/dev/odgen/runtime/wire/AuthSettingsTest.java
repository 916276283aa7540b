package dev.odgen.runtime.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.odgen.runtime.testing.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthSettingsTest {
  private final AuthSettings auth = Settings.AUTH;

  @Test
  void buildsAndParsesTheHeader() {
    assertEquals("ODFHIR dev/cust", auth.headerValue(List.of("dev", "cust")));
    assertEquals(List.of("dev", "cust"), auth.parse("odfhir dev/cust"));
    assertEquals("Authorization: ODFHIR {developerKey}/{customerKey}", auth.expectedForm());
  }

  @Test
  void explainsWhatIsWrong() {
    assertEquals(
        "Authorization header is missing; send 'Authorization: ODFHIR {developerKey}/{customerKey}'",
        assertThrows(IllegalArgumentException.class, () -> auth.parse(null)).getMessage());
    assertEquals(
        "Authorization header is malformed: it must start with the scheme 'ODFHIR'; expected"
            + " 'Authorization: ODFHIR {developerKey}/{customerKey}'",
        assertThrows(IllegalArgumentException.class, () -> auth.parse("Bearer abc")).getMessage());
    assertEquals(
        "Authorization header is malformed: expected 2 non-empty credentials (developerKey, customerKey)"
            + " separated by '/'; expected 'Authorization: ODFHIR {developerKey}/{customerKey}'",
        assertThrows(IllegalArgumentException.class, () -> auth.parse("ODFHIR onlyone")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> auth.parse("ODFHIR a/"));
    assertThrows(IllegalArgumentException.class, () -> auth.headerValue(List.of("a")));
  }

  @Test
  void aBearerTokenFollowsItsScheme() {
    AuthSettings bearer = AuthSettings.bearer();
    assertEquals("Bearer t0k3n", bearer.headerValue(List.of("t0k3n")));
    assertEquals(List.of("t0k3n"), bearer.parse("bearer  t0k3n "));
    assertEquals(List.of("a/b"), bearer.parse("Bearer a/b")); // one credential: nothing to split
    assertEquals("Authorization header is malformed: the token is empty; expected 'Authorization: Bearer {token}'",
        assertThrows(IllegalArgumentException.class, () -> bearer.parse("Bearer ")).getMessage());
  }

  @Test
  void anApiKeyTravelsAlone() {
    AuthSettings key = AuthSettings.apiKey("X-API-Key", "apiKey");
    assertEquals("k-123", key.headerValue(List.of("k-123")));
    assertEquals(List.of("Bearer k-123"), key.parse("Bearer k-123")); // no scheme to strip: the value is the key
    assertEquals("X-API-Key: {apiKey}", key.expectedForm());
    assertEquals("X-API-Key header is missing; send 'X-API-Key: {apiKey}'",
        assertThrows(IllegalArgumentException.class, () -> key.parse(" ")).getMessage());
  }
}
