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
}
