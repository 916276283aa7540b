package dev.odgen.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.testing.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyStoreTest {

  @Test
  void parsesLinesSkippingCommentsAndBlanks() {
    KeyStore keys = KeyStore.parse("# office keys\n\n dev1/cust1 \ndev1/cust2\n", Settings.AUTH);
    assertTrue(keys.accepts(List.of("dev1", "cust1")));
    assertTrue(keys.accepts(List.of("dev1", "cust2")));
    assertFalse(keys.accepts(List.of("dev2", "cust1")));
  }

  @Test
  void namesTheBadLine() {
    var e = assertThrows(IllegalArgumentException.class, () -> KeyStore.parse("dev1/cust1\ndev1\n", Settings.AUTH));
    assertEquals("keys line 2: expected 2 credentials (developerKey, customerKey) separated by '/'", e.getMessage());
  }

  @Test
  void readsOneKeyPerLineForASingleCredential() {
    KeyStore keys = KeyStore.parse("# tokens\nabc/def\n  xyz  \n", dev.odgen.runtime.wire.AuthSettings.bearer());
    assertTrue(keys.accepts(List.of("abc/def"))); // a token may hold the '/' another scheme separates with
    assertTrue(keys.accepts(List.of("xyz")));
    assertFalse(keys.accepts(List.of("abc")));
    assertTrue(KeyStore.ofKeys("k1", "k2").accepts(List.of("k2")));
    assertFalse(KeyStore.ofKeys("k1").accepts(List.of("k1", "k1")));
  }
}
