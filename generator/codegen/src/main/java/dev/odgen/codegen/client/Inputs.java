package dev.odgen.codegen.client;

import dev.odgen.codegen.emit.Docs;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.codegen.naming.ActionInputNames;
import dev.odgen.codegen.naming.Identifiers;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.MatchKind;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.WireForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The inputs of list calls and actions, and the rule that decides how an action takes them: up to
 * {@value #MAX_PARAMETERS} as method parameters, more as one request record built fluently.
 */
final class Inputs {

  /** An action with more query parameters and body fields than this takes a request record instead. */
  static final int MAX_PARAMETERS = 3;

  private Inputs() {}

  /** The filters of a list operation, in spec order. */
  static List<Input> ofList(Resource resource, Operation list, EmitContext ctx) {
    Identifiers identifiers = ctx.names().queryComponents(list.filters());
    return list.filters().stream()
        .map(filter -> new Input(filter.param(), identifiers.of(filter.param()), filter.type(),
            wireAs(resource, filter.field()), filter.required(), Input.Place.QUERY, filterDoc(resource, filter)))
        .toList();
  }

  /** The query parameters, then the body fields, of an action. */
  static List<Input> ofAction(Resource resource, Action action, EmitContext ctx) {
    ActionInputNames names = ctx.names().actionInputs(action);
    List<Input> inputs = new ArrayList<>();
    action.params().forEach(p -> inputs.add(input(resource, p, names.params(), Input.Place.QUERY)));
    action.body().forEach(p -> inputs.add(input(resource, p, names.body(), Input.Place.BODY)));
    return inputs;
  }

  /** Whether the action takes its inputs as a request record. */
  static boolean needsRequest(Action action) {
    return action.params().size() + action.body().size() > MAX_PARAMETERS;
  }

  /** What a property does, for Javadoc: its notes, allowed values and version; may be empty. */
  static String propertyDoc(Property property) {
    List<String> parts = new ArrayList<>();
    if (!property.notes().isBlank()) {
      parts.add(Docs.text(property.notes()));
    }
    if (!property.type().values().isEmpty()) {
      parts.add("one of " + Docs.text(String.join(", ", property.type().values())));
    }
    property.versionAdded().ifPresent(v -> parts.add("since version " + Docs.text(v)));
    return String.join("; ", parts);
  }

  private static Input input(Resource resource, Property property, Identifiers identifiers, Input.Place place) {
    return new Input(property.name(), identifiers.of(property.name()), property.type(),
        property.wireAs(), property.required(), place, propertyDoc(property));
  }

  /** A filter travels as its resource field does; a filter of no field in its type's own form. */
  private static WireForm wireAs(Resource resource, Optional<String> field) {
    return field.flatMap(resource::field).map(Field::wireAs).orElse(WireForm.NAME);
  }

  private static String filterDoc(Resource resource, Filter filter) {
    String field = "{@code " + Docs.text(filter.field().orElse(filter.param())) + "}";
    String what = resource.name() + " whose " + field;
    String doc = switch (filter.match()) {
      case EQUALS -> "only " + what + " equals this";
      case STARTS_WITH -> "only " + what + " starts with this, ignoring case";
      case CONTAINS -> "only " + what + " contains this, ignoring case";
      case CHANGED_SINCE -> "only " + resource.name() + " changed at or after this moment"
          + (filter.field().filter(f -> !f.equals(filter.param())).isPresent() ? " (" + field + ")" : "");
      case FROM -> "only " + what + " is on or after this";
      case TO -> "only " + what + " is on or before this";
      case ON_DATE -> "only " + what + " falls on this date";
      case CUSTOM -> Docs.text(filter.notes());
    };
    if (filter.match() != MatchKind.CUSTOM && !filter.notes().isBlank()) {
      doc += " (" + Docs.text(filter.notes()) + ")";
    }
    if (filter.versionAdded().isPresent()) {
      doc += (doc.isEmpty() ? "" : "; ") + "since version " + Docs.text(filter.versionAdded().get());
    }
    return doc;
  }
}
