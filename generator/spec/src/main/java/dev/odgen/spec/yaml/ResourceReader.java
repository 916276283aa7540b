package dev.odgen.spec.yaml;

import dev.odgen.spec.diag.Location;
import dev.odgen.spec.diag.Trail;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a resource file: the resource's own keys, then fields, operations, actions and models. */
final class ResourceReader {

  private static final List<String> TOP_KEYS = List.of("resource", "entity", "path", "table", "id", "docPage",
      "versionAdded", "notes", "fields", "operations", "actions", "models", "enums");
  private static final List<String> MODEL_KEYS = List.of("name", "fields", "notes");

  private ResourceReader() {}

  static Optional<FileElement> read(MappingNode root, ReadScope scope) {
    String name = Nodes.peekText(root, "resource").orElse("?");
    Location resourceKey = Nodes.keyNode(root, "resource").map(scope::location).orElse(scope.location(root));
    Trail trail = Trail.empty().in("in resource '" + name + "'", resourceKey);
    MapReader top = MapReader.open(root, "resource '" + name + "'", TOP_KEYS, scope, trail).orElseThrow();
    Optional<String> resourceName = top.requiredText("resource");
    Optional<String> entity = top.requiredText("entity");
    Optional<String> path = top.requiredText("path");
    path.flatMap(ValueChecks::endpointPath).ifPresent(problem -> top.errorAt("path", problem,
        "write the collection path such as '/patients'"));
    Optional<String> table = top.checkedText("table", ValueChecks::table,
        "write Open Dental's table name, such as 'patient', or leave 'table' out for a resource without one");
    List<FieldElement> fields = FieldReader.readList(top, "fields", false);
    List<OperationElement> operations = OperationReader.readAll(top);
    List<ActionElement> actions = ActionReader.readAll(top);
    List<ModelElement> models = readModels(top);
    List<EnumElement> enums = EnumReader.readSection(top);
    Optional<ResourceElement> resource = Optional.empty();
    if (resourceName.isPresent() && entity.isPresent() && path.isPresent()) {
      Marks marks = new Marks(top.keyLocation("resource"), top.marks().values());
      resource = Optional.of(new ResourceElement(resourceName.get(), entity.get(), path.get(), table,
          top.text("id"), top.text("docPage"), top.version("versionAdded"), top.notes("notes"), fields, operations,
          actions, models, marks));
    }
    return Optional.of(new FileElement(scope.path(), FileKind.RESOURCE, top.keyLocation("resource"), Optional.empty(),
        resource, List.of(), enums));
  }

  private static List<ModelElement> readModels(MapReader resource) {
    List<ModelElement> models = new ArrayList<>();
    List<Node> items = resource.items("models");
    for (int i = 0; i < items.size(); i++) {
      Node node = items.get(i);
      ReadScope scope = resource.scope();
      String label = Nodes.peekText(node, "name").map(n -> "model '" + n + "'").orElse("model #" + (i + 1));
      Trail trail = resource.trail().in("in " + label, scope.location(node));
      MapReader.open(node, label, MODEL_KEYS, scope, trail).ifPresent(model -> {
        Optional<String> name = model.requiredText("name");
        List<FieldElement> fields = FieldReader.readList(model, "fields", true);
        name.ifPresent(n -> models.add(new ModelElement(n, fields, model.notes("notes"), model.marks())));
      });
    }
    return models;
  }
}
