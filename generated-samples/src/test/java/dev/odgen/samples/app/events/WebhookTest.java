package dev.odgen.samples.app.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One POST and its outcome: accepted only on 2xx; every failure a short reason, never an exception. */
class WebhookTest {
  private static final byte[] BODY = "[{\"PatNum\":1}]".getBytes(StandardCharsets.UTF_8);
  private final Webhook webhook = new Webhook(Duration.ofSeconds(1), Duration.ofMillis(500), "FRONTDESK");

  @Test
  void postsTheBodyWithTheEventHeaders() {
    try (Receiver receiver = Receiver.start()) {
      Delivery delivery = webhook.post(receiver.url("/hook?type=patientdb"), "custkey", "Patient", BODY);
      assertTrue(delivery.accepted(), String.valueOf(delivery.failure()));
      Receiver.Event event = receiver.next("/hook", Duration.ofSeconds(1));
      assertEquals("POST", event.method());
      assertEquals("custkey", event.header("Authorization"));
      assertEquals("FRONTDESK", event.header("Workstation"));
      assertEquals("WatchTable: Patient", event.header("Event-Type"));
      assertEquals("[{\"PatNum\":1}]", event.body());
    }
  }

  @Test
  void aBlankCustomerKeyIsSentAsAnEmptyAuthorization() {
    try (Receiver receiver = Receiver.start()) {
      assertTrue(webhook.post(receiver.url("/hook"), "", "Patient", BODY).accepted());
      assertEquals("", receiver.next("/hook", Duration.ofSeconds(1)).header("Authorization"));
    }
  }

  @Test
  void onlyTwoHundredsAreAccepted() {
    try (Receiver receiver = Receiver.start()) {
      receiver.answer("/hook", 204, 500, 302, 404);
      assertTrue(webhook.post(receiver.url("/hook"), "k", "Patient", BODY).accepted());
      assertEquals(Delivery.failed("answered HTTP 500"), webhook.post(receiver.url("/hook"), "k", "Patient", BODY));
      assertEquals(Delivery.failed("answered HTTP 302"), webhook.post(receiver.url("/hook"), "k", "Patient", BODY));
      assertEquals(Delivery.failed("answered HTTP 404"), webhook.post(receiver.url("/hook"), "k", "Patient", BODY));
    }
  }

  @Test
  void unreachableSlowAndMalformedEndpointsAreFailures() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    assertFalse(webhook.post("http://127.0.0.1:" + closedPort + "/", "k", "Patient", BODY).accepted());
    assertFalse(webhook.post("myserver/apievents", "k", "Patient", BODY).accepted());
    assertFalse(webhook.post("ftp://myserver/apievents", "k", "Patient", BODY).accepted());
    try (Receiver receiver = Receiver.start()) {
      receiver.delay("/slow", Duration.ofSeconds(5));
      assertEquals(Delivery.failed("no answer within 500 ms"),
          webhook.post(receiver.url("/slow"), "k", "Patient", BODY));
    }
  }
}
