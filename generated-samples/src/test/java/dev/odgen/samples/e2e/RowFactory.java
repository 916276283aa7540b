package dev.odgen.samples.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Resource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes rows of any resource: through its POST when the spec declares one (a body with every field the
 * create accepts), otherwise straight into its table ({@link SqlSeeder}), as Open Dental itself would have
 * written them. References get rows of their target first, recursively; one row per target is made and
 * reused.
 */
final class RowFactory {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Api api;
  private final SqlSeeder seeder;
  private final AtomicInteger seeds = new AtomicInteger();
  private final Map<String, Long> parents = new HashMap<>();
  private final Set<String> making = new HashSet<>();

  RowFactory(LiveServer server) {
    this.api = server.api();
    this.seeder = new SqlSeeder(server.database());
  }

  /** A new row of {@code resource}, through the API when it can create one. */
  Row create(Resource resource) {
    return resource.operation(OperationKind.CREATE).isPresent() ? post(resource) : seed(resource);
  }

  /** A new row made through the API's POST; asserts the documented success status. */
  Row post(Resource resource) {
    ObjectNode body = createBody(resource, seeds.incrementAndGet());
    return posted(resource, body, api.post(Paths.of(resource, OperationKind.CREATE), body.toString()));
  }

  /** The row a POST of {@code body} made, after asserting the documented success status. */
  static Row posted(Resource resource, ObjectNode body, Reply reply) {
    Operation create = resource.operation(OperationKind.CREATE).orElseThrow();
    JsonNode stored = reply.expect(create.status()).json();
    long id = stored.path(resource.idField().orElseThrow()).asLong(-1);
    return new Row(id, byFieldName(resource, create, body), stored);
  }

  /** The body's values keyed by the fields they set, in the fields' forms (bodies may name or carry one differently). */
  private static ObjectNode byFieldName(Resource resource, Operation create, ObjectNode body) {
    ObjectNode byField = NODES.objectNode();
    for (BodyField entry : create.body()) {
      if (body.has(entry.name())) {
        Field field = resource.field(entry.field()).orElseThrow();
        byField.set(entry.field(), SampleValues.fromBody(entry, field, body.get(entry.name())));
      }
    }
    return byField;
  }

  /** A new row written into the table directly, then read back through the API where it can. */
  Row seed(Resource resource) {
    ObjectNode values = NODES.objectNode();
    int seed = seeds.incrementAndGet();
    for (Field column : resource.columns()) {
      if (isIdOf(resource, column) || column.kind() == FieldType.TIMESTAMP) {
        continue;
      }
      JsonNode value = sampleOrReference(resource, column, seed, false);
      values.set(column.name(), value == null ? NODES.numberNode(0) : value);
    }
    long id = seeder.insert(resource, values);
    return new Row(id, values, readBack(resource, id, values));
  }

  /** The JSON body of a create: every field it takes, required or optional, refs pointing at real rows. */
  ObjectNode createBody(Resource resource, int seed) {
    ObjectNode body = NODES.objectNode();
    for (BodyField entry : resource.operation(OperationKind.CREATE).orElseThrow().body()) {
      Field field = resource.field(entry.field()).orElseThrow();
      if (field.kind() == FieldType.TIMESTAMP || field.kind() == FieldType.ID) {
        continue;
      }
      JsonNode value = sampleOrReference(resource, field, seed, entry.required());
      if (value != null) {
        body.set(entry.name(), SampleValues.toBody(entry, field, value));
      }
    }
    return body;
  }

  /** A fresh seed for callers that synthesize values themselves. */
  int nextSeed() {
    return seeds.incrementAndGet();
  }

  /** The id of a row of {@code resourceName} that refs may point at (made on first use). */
  long parent(String resourceName) {
    Long known = parents.get(resourceName);
    if (known != null) {
      return known;
    }
    if (!making.add(resourceName)) {
      throw new IllegalStateException("required references loop back to " + resourceName + " via " + making);
    }
    try {
      long id = create(TheSpec.resource(resourceName)).id();
      parents.put(resourceName, id);
      return id;
    } finally {
      making.remove(resourceName);
    }
  }

  /**
   * A value for a field: a sample, or for a ref the id of a parent row. Optional refs to the resource itself,
   * or to a resource already being made, are left out (null) to avoid loops; so are refs to tableless ones.
   */
  private JsonNode sampleOrReference(Resource owner, Field field, int seed, boolean required) {
    if (field.kind() != FieldType.REF) {
      return SampleValues.of(field, seed);
    }
    String target = field.type().ref().orElseThrow();
    if (field.travelsByName() && !required) {
      // its name must be of a row that meets the spec's conditions: ByNameReferencesTest makes such rows
      return null;
    }
    boolean loops = target.equals(owner.name()) || making.contains(target);
    boolean tableless = !TheSpec.resource(target).hasTable();
    if (loops || tableless) {
      if (required && !tableless && !target.equals(owner.name())) {
        throw new IllegalStateException(owner.name() + "." + field.name() + " needs a row of " + target
            + " that is itself being made: " + making);
      }
      return required ? NODES.numberNode(0) : null;
    }
    return NODES.numberNode(parent(target));
  }

  private static boolean isIdOf(Resource resource, Field field) {
    return resource.idField().map(field.name()::equals).orElse(false);
  }

  /** The row as the API shows it: by GET, else found in its list; null when the API can show neither. */
  private JsonNode readBack(Resource resource, long id, ObjectNode values) {
    if (resource.operation(OperationKind.GET).isPresent()) {
      return api.get(Paths.of(resource, OperationKind.GET, id)).expect(200).json();
    }
    Optional<Operation> list = resource.operation(OperationKind.LIST);
    if (list.isEmpty()) {
      return null;
    }
    Map<String, String> query = new LinkedHashMap<>();
    for (Filter filter : list.get().filters()) {
      if (filter.required()) {
        JsonNode value = values.get(filter.field().orElse(filter.param()));
        query.put(filter.param(), FilterValues.matching(resource, filter, value));
      }
    }
    Reply reply = api.get(list.get().path(), query);
    if (reply.status() != 200) {
      return null;   // e.g. a required custom filter the application does not implement
    }
    return Listing.find(Listing.all(api, list.get().path(), query), resource.idField().orElseThrow(), id)
        .orElse(null);
  }
}
