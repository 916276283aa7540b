package dev.odgen.codegen.diff;

import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The endpoints of one resource in two specs: CRUD operations by kind (with their filters and body entries) and
 * actions by name. Removing, moving or tightening anything a client calls or sends is breaking; additions that
 * no old call has to know about are compatible.
 */
final class EndpointComparison {
  private final Changes changes;

  EndpointComparison(Changes changes) {
    this.changes = changes;
  }

  void compare(Resource before, Resource after) {
    Map<String, Operation> old = index(before.operations(), o -> o.kind().name());
    for (Operation a : after.operations()) {
      Operation b = old.remove(a.kind().name());
      if (b == null) {
        changes.compatible(a.location(), endpoint(after, a), "endpoint added");
      } else {
        operation(after, b, a);
      }
    }
    old.values().forEach(b -> changes.breaking(b.location(), endpoint(before, b), "endpoint removed"));

    Map<String, Action> oldActions = index(before.actions(), Action::name);
    for (Action a : after.actions()) {
      Action b = oldActions.remove(a.name());
      if (b == null) {
        changes.compatible(a.location(), endpoint(a), "endpoint added (action " + a.name() + ")");
      } else {
        action(b, a);
      }
    }
    oldActions.values().forEach(b -> changes.breaking(b.location(), endpoint(b), "endpoint removed (action "
        + b.name() + ")"));
  }

  private void operation(Resource after, Operation b, Operation a) {
    String subject = endpoint(after, a);
    if (!b.path().equals(a.path())) {
      changes.breaking(a.location(), subject, "path changed from " + b.path());
    }
    if (b.status() != a.status()) {
      changes.breaking(a.location(), subject, "success status changed from " + b.status() + " to " + a.status());
    }
    filters(subject, b.filters(), a.filters());
    body(subject, b.body(), a.body());
  }

  private void filters(String subject, List<Filter> before, List<Filter> after) {
    Map<String, Filter> old = index(before, Filter::param);
    for (Filter a : after) {
      Filter b = old.remove(a.param());
      String what = subject + " ?" + a.param();
      if (b == null) {
        if (a.required()) {
          changes.breaking(a.location(), what, "required filter added");
        } else {
          changes.compatible(a.location(), what, "filter added");
        }
        continue;
      }
      if (a.required() && !b.required()) {
        changes.breaking(a.location(), what, "filter newly required");
      }
      if (!TypeText.of(b.type()).equals(TypeText.of(a.type()))) {
        changes.breaking(a.location(), what, "type changed from " + TypeText.of(b.type()) + " to "
            + TypeText.of(a.type()));
      }
      if (b.match() != a.match()) {
        changes.breaking(a.location(), what, "matching changed from " + b.match() + " to " + a.match());
      }
    }
    old.values().forEach(b -> changes.breaking(b.location(), subject + " ?" + b.param(), "filter removed"));
  }

  private void body(String subject, List<BodyField> before, List<BodyField> after) {
    Map<String, BodyField> old = index(before, BodyField::name);
    for (BodyField a : after) {
      BodyField b = old.remove(a.name());
      String what = subject + " body " + a.name();
      if (b == null) {
        if (a.required()) {
          changes.breaking(a.location(), what, "field newly required in the body");
        } else {
          changes.compatible(a.location(), what, "body field added");
        }
        continue;
      }
      if (a.required() && !b.required()) {
        changes.breaking(a.location(), what, "field newly required in the body");
      } else if (!a.required() && b.required()) {
        changes.compatible(a.location(), what, "field no longer required in the body");
      }
      if (!b.field().equals(a.field())) {
        changes.breaking(a.location(), what, "now sets field " + a.field() + " instead of " + b.field());
      }
      if (!b.wireAs().equals(a.wireAs())) {
        changes.breaking(a.location(), what, "wire form changed");
      }
    }
    old.values().forEach(b -> changes.breaking(b.location(), subject + " body " + b.name(),
        "body field removed: the server no longer takes it"));
  }

  private void action(Action b, Action a) {
    String subject = endpoint(a);
    if (!b.method().equals(a.method()) || !b.path().equals(a.path())) {
      changes.breaking(a.location(), subject, "moved from " + b.method() + " " + b.path());
    }
    if (b.status() != a.status()) {
      changes.breaking(a.location(), subject, "success status changed from " + b.status() + " to " + a.status());
    }
    if (!b.response().equals(a.response())) {
      changes.breaking(a.location(), subject, "response changed from " + b.response().kind() + " to "
          + a.response().kind());
    }
    if (b.paged() != a.paged()) {
      changes.breaking(a.location(), subject, a.paged() ? "now paged" : "no longer paged");
    }
    properties(subject + " param ", b.params(), a.params());
    properties(subject + " path param ", b.pathParams(), a.pathParams());
    properties(subject + " body ", b.body(), a.body());
  }

  private void properties(String prefix, List<Property> before, List<Property> after) {
    Map<String, Property> old = index(before, Property::name);
    for (Property a : after) {
      Property b = old.remove(a.name());
      String what = prefix + a.name();
      if (b == null) {
        if (a.required()) {
          changes.breaking(a.location(), what, "required parameter added");
        } else {
          changes.compatible(a.location(), what, "parameter added");
        }
        continue;
      }
      if (a.required() && !b.required()) {
        changes.breaking(a.location(), what, "parameter newly required");
      }
      if (!TypeText.of(b.type()).equals(TypeText.of(a.type())) && !TypeText.onlyLonger(b.type(), a.type())) {
        changes.breaking(a.location(), what, "type changed from " + TypeText.of(b.type()) + " to "
            + TypeText.of(a.type()));
      }
      if (b.wireAs() != a.wireAs()) {
        changes.breaking(a.location(), what, "wire form changed from " + b.wireAs().specName() + " to "
            + a.wireAs().specName());
      }
    }
    old.values().forEach(b -> changes.breaking(b.location(), prefix + b.name(), "parameter removed"));
  }

  static String endpoint(Resource resource, Operation operation) {
    return operation.method() + " " + operation.path();
  }

  static String endpoint(Action action) {
    return action.method() + " " + action.path();
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.put(key.apply(item), item));
    return map;
  }
}
