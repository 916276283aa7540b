package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Location;
import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.link.LinkedSpec;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Model;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.yaml.Marks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that the generator can name everything in Java: resource, entity, model and enum names are
 * usable as type names, and no two fields, model properties, actions or parameters of one owner end
 * up with the same Java identifier under {@link JavaIdentifiers}.
 */
final class JavaNameRules implements Rule {

  @Override
  public void check(LinkedSpec spec, Diagnostics diagnostics) {
    for (Resource resource : spec.model().resources()) {
      Marks marks = spec.sources().marks(resource.location());
      Trail trail = ModelTrails.resource(resource);
      typeName("resource", resource.name(), resource.location(), trail, diagnostics);
      typeName("entity", resource.entityName(), marks.of("entity"), trail, diagnostics);
      if (resource.name().equals(spec.model().api().name())) {
        diagnostics.error(resource.location(), trail,
            "resource '" + resource.name() + "' has the API's name: the client of the resource and the client of the"
                + " whole API would both be " + resource.name() + "Client",
            "rename the API ('api: name: " + resource.name() + "Api') or the resource");
      }
      checkFields(resource, diagnostics);
      checkActions(resource, diagnostics);
      for (Model model : resource.models()) {
        Trail modelTrail = ModelTrails.model(resource, model);
        typeName("model", model.name(), model.location(), modelTrail, diagnostics);
        clashes("field", named(model.fields(), "field", modelTrail), diagnostics);
      }
    }
    for (EnumType enumType : spec.model().enums()) {
      typeName("enum", enumType.name(), enumType.location(), ModelTrails.enumType(enumType), diagnostics);
    }
  }

  private static void checkFields(Resource resource, Diagnostics diagnostics) {
    Map<String, String> javaNames = JavaIdentifiers.fieldNames(resource.fields());
    List<Named> named = new ArrayList<>();
    for (Field field : resource.fields()) {
      named.add(new Named(field.name(), javaNames.get(field.name()), field.location(),
          ModelTrails.field(resource, field)));
    }
    clashes("field", named, diagnostics);
  }

  private static void checkActions(Resource resource, Diagnostics diagnostics) {
    List<Named> actions = new ArrayList<>();
    for (Action action : resource.actions()) {
      Trail trail = ModelTrails.action(resource, action);
      actions.add(new Named(action.name(), JavaIdentifiers.fieldName(action.name()), action.location(), trail));
      for (Operation operation : resource.operations()) {
        if (JavaIdentifiers.fieldName(action.name()).equals(operation.kind().specName())) {
          diagnostics.error(action.location(), trail.in("operation '" + operation.kind().specName() + "'",
                  operation.location()),
              "action '" + action.name() + "' has the name of the resource's '" + operation.kind().specName()
                  + "' operation",
              "give the action another name");
        }
      }
      List<Property> params = new ArrayList<>(action.pathParams());
      params.addAll(action.params());
      clashes("parameter", named(params, "parameter", trail), diagnostics);
      clashes("body field", named(action.body(), "body field", trail), diagnostics);
    }
    clashes("action", actions, diagnostics);
  }

  private static void typeName(String what, String name, Location at, Trail trail, Diagnostics diagnostics) {
    if (!JavaIdentifiers.isValidTypeName(name)) {
      diagnostics.error(at, trail, what + " name '" + name + "' cannot be a Java type name",
          "use letters, digits and '_' only, starting with a letter, and neither a Java keyword nor the name of a"
              + " java.lang type such as Object or String");
    }
  }

  /** Reports each entry whose Java name an earlier entry (with another spec name) already has. */
  private static void clashes(String what, List<Named> entries, Diagnostics diagnostics) {
    Map<String, Named> byJavaName = new HashMap<>();
    for (Named entry : entries) {
      Named first = byJavaName.putIfAbsent(entry.javaName(), entry);
      if (first != null && !first.name().equals(entry.name())) {
        diagnostics.error(entry.location(), entry.trail().in("clashes with " + what + " '" + first.name() + "'", first.location()),
            what + "s '" + first.name() + "' and '" + entry.name() + "' would both be named '" + entry.javaName()
                + "' in Java",
            "rename one of them (see JavaIdentifiers: Java names are the lower-camel form of the names)");
      }
    }
  }

  /** The properties of one owner with the Java names {@link JavaIdentifiers#memberNames} gives them. */
  private static List<Named> named(List<Property> properties, String what, Trail owner) {
    List<String> javaNames = JavaIdentifiers.memberNames(properties.stream().map(Property::name).toList());
    List<Named> named = new ArrayList<>();
    for (int i = 0; i < properties.size(); i++) {
      Property property = properties.get(i);
      named.add(new Named(property.name(), javaNames.get(i), property.location(),
          owner.in("for " + what + " '" + property.name() + "'", property.location())));
    }
    return named;
  }

  private record Named(String name, String javaName, Location location, Trail trail) {}
}
