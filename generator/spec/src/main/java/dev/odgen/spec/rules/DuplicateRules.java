package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.link.LinkedSpec;
import dev.odgen.spec.link.Paths;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.Model;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.Resource;
import java.util.Locale;

/**
 * Checks that names which must be unique are: entity names and collection paths across resources;
 * fields, columns and action names within a resource; filter parameters and body names within an
 * operation; parameters within an action; properties within a model. (Duplicate resource, enum and
 * model names are reported while linking; duplicate keys of one map, such as two enum members of
 * the same name, and duplicate ordinals while reading.)
 */
final class DuplicateRules implements Rule {

  private static final String RENAME = "rename or remove one of the two";

  @Override
  public void check(LinkedSpec spec, Diagnostics diagnostics) {
    Seen entities = new Seen("entity", "give each resource its own entity name", diagnostics);
    Seen paths = new Seen("resource path", "give each resource its own path", diagnostics);
    for (Resource resource : spec.model().resources()) {
      Trail trail = ModelTrails.resource(resource);
      var marks = spec.sources().marks(resource.location());
      entities.add(resource.entityName(), marks.of("entity"), trail);
      paths.add(Paths.routeKey(resource.path()), resource.path(), marks.of("path"), trail);
      checkResource(resource, diagnostics);
    }
  }

  private static void checkResource(Resource resource, Diagnostics diagnostics) {
    Seen fields = new Seen("field", RENAME, diagnostics);
    Seen columns = new Seen("column", "give each field its own column with 'column: ...'", diagnostics);
    for (Field field : resource.fields()) {
      Trail fieldTrail = ModelTrails.field(resource, field);
      if (!fields.add(field.name(), field.location(), fieldTrail)) {
        continue; // a second field of one name is reported once, not again for its column
      }
      field.column().ifPresent(c -> columns.add(c.toLowerCase(Locale.ROOT), c, field.location(), fieldTrail));
    }
    Seen actions = new Seen("action", "give each action of a resource its own name", diagnostics);
    for (Action action : resource.actions()) {
      Trail actionTrail = ModelTrails.action(resource, action);
      actions.add(action.name(), action.location(), actionTrail);
      Seen params = new Seen("parameter", RENAME, diagnostics);
      action.pathParams().forEach(p -> params.add(p.name(), p.location(), actionTrail));
      action.params().forEach(p -> params.add(p.name(), p.location(), actionTrail));
      Seen body = new Seen("body field", RENAME, diagnostics);
      action.body().forEach(p -> body.add(p.name(), p.location(), actionTrail));
    }
    for (Operation operation : resource.operations()) {
      Trail operationTrail = ModelTrails.operation(resource, operation);
      Seen filters = new Seen("filter", RENAME, diagnostics);
      for (Filter filter : operation.filters()) {
        filters.add(filter.param(), filter.location(), operationTrail);
      }
      Seen bodyNames = new Seen("body field", RENAME, diagnostics);
      for (BodyField body : operation.body()) {
        bodyNames.add(body.name(), body.location(), operationTrail);
      }
    }
    for (Model model : resource.models()) {
      Seen properties = new Seen("field", RENAME, diagnostics);
      model.fields().forEach(p -> properties.add(p.name(), p.location(), ModelTrails.model(resource, model)));
    }
  }
}
