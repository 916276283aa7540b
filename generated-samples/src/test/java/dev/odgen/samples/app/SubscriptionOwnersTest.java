package dev.odgen.samples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.client.ApiNotFoundException;
import dev.odgen.runtime.client.RetryPolicy;
import dev.odgen.samples.opendental.client.OpenDentalClient;
import dev.odgen.samples.opendental.entity.Subscription;
import dev.odgen.samples.opendental.entity.SubscriptionPatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Subscriptions belong to the customer key that created them (CustomerKey is {@code fromCaller: customerKey}):
 * two key pairs of one server each see, change and delete only their own.
 */
class SubscriptionOwnersTest {
  private static final String KEY_A = "owners-customer-a";
  private static final String KEY_B = "owners-customer-b";

  @TempDir
  static Path dir;
  private static OpenDentalApp app;
  private static OpenDentalClient clientA;
  private static OpenDentalClient clientB;

  @BeforeAll
  static void start() throws Exception {
    Path keys = Files.writeString(dir.resolve("keys.txt"), "dev-a/" + KEY_A + "\ndev-b/" + KEY_B + "\n");
    app = OpenDentalApp.start(AppConfig.defaults()
        .withHost("127.0.0.1")
        .withPort(0)
        .withDatabase("jdbc:h2:mem:subscription-owners;DB_CLOSE_DELAY=-1", "sa", "")
        .withKeysFile(keys)
        .withDemoData(DemoDataMode.OFF)
        .withEvents(EventsMode.OFF));
    clientA = client("dev-a", KEY_A);
    clientB = client("dev-b", KEY_B);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.stop();
    }
  }

  private static OpenDentalClient client(String developerKey, String customerKey) {
    return OpenDentalClient.builder().baseUrl(app.baseUrl()).developerKey(developerKey).customerKey(customerKey)
        .retry(RetryPolicy.none()).build();
  }

  private static SubscriptionPatch hook(String path) {
    return SubscriptionPatch.builder().endPointUrl("http://127.0.0.1:9/" + path).watchTable("Patient")
        .pollingSeconds(60).build();
  }

  @Test
  void theCreatorsCustomerKeyIsStoredAndOnlyItsOwnerListsIt() {
    Subscription created = clientA.subscriptions().create(hook("a-lists"));
    assertEquals(KEY_A, created.customerKey());

    List<Long> seenByA = clientA.subscriptions().listAll().map(Subscription::subscriptionNum).toList();
    assertTrue(seenByA.contains(created.subscriptionNum()), seenByA.toString());
    clientA.subscriptions().listAll().forEach(s -> assertEquals(KEY_A, s.customerKey(), s.toString()));

    List<Long> seenByB = clientB.subscriptions().listAll().map(Subscription::subscriptionNum).toList();
    assertTrue(!seenByB.contains(created.subscriptionNum()), seenByB.toString());
    Subscription ofB = clientB.subscriptions().create(hook("b-lists"));
    assertEquals(KEY_B, ofB.customerKey());
    assertEquals(List.of(ofB.subscriptionNum()),
        clientB.subscriptions().listAll().map(Subscription::subscriptionNum).toList());
  }

  @Test
  void anotherCustomersSubscriptionCannotBeChangedOrDeleted() {
    Subscription ofA = clientA.subscriptions().create(hook("a-keeps"));
    assertThrows(ApiNotFoundException.class,
        () -> clientB.subscriptions().update(ofA.subscriptionNum(), SubscriptionPatch.builder().note("B was here").build()));
    assertThrows(ApiNotFoundException.class, () -> clientB.subscriptions().delete(ofA.subscriptionNum()));

    Subscription kept = clientA.subscriptions().listAll()
        .filter(s -> s.subscriptionNum() == ofA.subscriptionNum()).findFirst().orElseThrow();
    assertEquals("", kept.note());
    clientA.subscriptions().delete(ofA.subscriptionNum());
    assertTrue(clientA.subscriptions().listAll().noneMatch(s -> s.subscriptionNum() == ofA.subscriptionNum()));
  }
}
