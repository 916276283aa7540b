package dev.odgen.samples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.odgen.samples.opendental.server.OpenDentalServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample server serves its OpenAPI document and the explorer page, without a key, from its own jar. */
class ApiDocumentTest {

  @Test
  void documentListsEveryResourceAndPointsTryItOutAtThisServer() throws Exception {
    RawHttp.Answer answer = RawHttp.getAnonymous(DemoServer.app().baseUrl() + "/openapi.json");
    assertEquals(200, answer.status(), answer.body());
    JsonNode document = new ObjectMapper().readTree(answer.body());
    assertEquals("3.1.0", document.get("openapi").asText());
    List<String> tags = new ArrayList<>();
    document.get("tags").forEach(t -> tags.add(t.get("name").asText()));
    assertEquals(99, tags.size(), tags.toString());
    assertEquals(OpenDentalServer.BASE_PATH, document.get("servers").get(0).get("url").asText());
    assertTrue(document.at("/paths/~1patients~1{PatNum}/get").isObject());
  }

  @Test
  void yamlAndTheExplorerPageAreServedToo() {
    RawHttp.Answer yaml = RawHttp.getAnonymous(DemoServer.app().baseUrl() + "/openapi.yaml");
    assertEquals(200, yaml.status());
    assertTrue(yaml.body().contains("openapi: 3.1.0"), yaml.body().substring(0, 200));
    String root = DemoServer.app().baseUrl().substring(0, DemoServer.app().baseUrl().length()
        - OpenDentalServer.BASE_PATH.length());
    RawHttp.Answer page = RawHttp.getAnonymous(root + "/docs");
    assertEquals(200, page.status(), page.body());
    assertTrue(page.body().contains("/docs/swagger-ui-bundle.js"), page.body());
    assertEquals(200, RawHttp.getAnonymous(root + "/docs/swagger-ui-bundle.js").status());
  }
}
