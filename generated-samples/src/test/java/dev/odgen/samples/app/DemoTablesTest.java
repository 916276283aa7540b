package dev.odgen.samples.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.odgen.spec.SpecLoader;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo practice has data behind every resource with a table: the list answers at least one row, and GET by id of
 * the first row answers it.
 */
class DemoTablesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyResourceWithATableListsAndGetsDemoRows() throws Exception {
    Path dir = Path.of(System.getProperty("odgen.spec.dir", "../spec/opendental"));
    ApiModel model = SpecLoader.load(dir, dir.getParent());
    HttpClient http = HttpClient.newHttpClient();
    String base = DemoServer.app().baseUrl();
    List<String> empty = new ArrayList<>();
    int tables = 0;
    int filled = 0;
    for (Resource resource : model.resources()) {
      if (!resource.hasTable()) {
        continue;
      }
      tables++;
      if (resource.operation(OperationKind.LIST).isEmpty()) {
        // no list to ask: the table has a row, and GET answers it when there is a GET
        String problem = rowWithoutList(http, base, resource);
        if (problem == null) {
          filled++;
        } else {
          empty.add(resource.name() + ": " + problem);
        }
        continue;
      }
      String query = requiredFilters(resource);
      JsonNode list = query == null ? null : get(http, base + resource.path() + query);
      boolean hasRows = list != null && list.isArray() && !list.isEmpty()
          || list != null && list.isObject() && list.size() > 0;
      String problem = null;
      if (!hasRows) {
        problem = "the list is empty";
      } else if (resource.operation(OperationKind.GET).isPresent() && resource.idField().isPresent()
          && list.isArray()) {
        String idName = resource.idField().get();
        JsonNode id = list.get(0).get(idName);
        JsonNode one = id == null ? null : get(http, base + resource.path() + "/" + id.asText());
        if (one == null || !one.isObject() || !one.has(idName)) {
          problem = "GET " + resource.path() + "/" + id + " does not answer the row";
        }
      }
      if (problem == null) {
        filled++;
      } else {
        empty.add(resource.name() + ": " + problem);
      }
    }
    System.out.printf("DemoTablesTest: %d of %d resources with a table have demo rows%n", filled, tables);
    assertTrue(empty.isEmpty(), empty.size() + " resource(s) without demo rows:\n  " + String.join("\n  ", empty));
  }

  /**
   * The query of the list's required filters, each with the value of the filtered column in some row of the table;
   * null when the table is empty (or a required filter filters no column).
   */
  private static String requiredFilters(Resource resource) throws SQLException {
    StringBuilder query = new StringBuilder();
    for (Filter filter : resource.operation(OperationKind.LIST).get().filters()) {
      if (!filter.required()) {
        continue;
      }
      // a custom filter names no field; one named like a column of the resource filters on that column
      Optional<Field> field = filter.field().or(() -> Optional.of(filter.param())).flatMap(resource::field);
      if (field.isEmpty() || field.get().column().isEmpty()) {
        return null;
      }
      String value = firstValue(resource.table().get(), field.get().column().get());
      if (value == null) {
        return null;
      }
      query.append(query.length() == 0 ? "?" : "&").append(filter.param()).append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
    return query.toString();
  }

  private static String rowWithoutList(HttpClient http, String base, Resource resource) throws Exception {
    Field id = resource.id().orElse(null);
    if (id == null) {
      return "no id field";
    }
    String value = firstValue(resource.table().get(), id.column().orElse(id.name()));
    if (value == null) {
      return "the table is empty";
    }
    if (resource.operation(OperationKind.GET).isPresent()) {
      JsonNode one = get(http, base + resource.path() + "/" + value);
      if (one == null || !one.isObject()) {
        return "GET " + resource.path() + "/" + value + " does not answer the row";
      }
    }
    return null;
  }

  private static String firstValue(String table, String column) throws SQLException {
    try (Connection c = DriverManager.getConnection(DemoServer.app().databaseUrl(), "sa", "");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT \"" + column + "\" FROM \"" + table + "\" LIMIT 1")) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static JsonNode get(HttpClient http, String url) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "ODFHIR " + ApiKeys.DEMO_DEVELOPER_KEY + "/" + ApiKeys.DEMO_CUSTOMER_KEY).build(),
        HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
  }
}
