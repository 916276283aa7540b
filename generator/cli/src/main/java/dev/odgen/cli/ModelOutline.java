package dev.odgen.cli;

import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.EnumMember;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.Exclusion;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.Model;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The linked model as a readable outline: one block per resource, then enums and exclusions. */
final class ModelOutline {

  private final StringBuilder out = new StringBuilder();

  private ModelOutline() {}

  static String write(ApiModel model, String label) {
    ModelOutline outline = new ModelOutline();
    outline.api(model, label);
    model.resources().forEach(outline::resource);
    outline.enums(model.enums());
    outline.exclusions(model.exclusions());
    return outline.out.toString();
  }

  private void api(ApiModel model, String label) {
    var api = model.api();
    String docs = api.docsVersion().isEmpty() ? "" : ", docs " + api.docsVersion();
    line("%s (%s%s) at %s, package %s", api.name(), api.title(), docs, api.basePath(), api.javaPackage());
    line("%s, %s (%s)", Counts.of(model), Counts.count(model.exclusions().size(), "exclusion"), label);
    line("auth: %s; blanks: %s; errors: %s; strictness: requiredReferences %s, requiredStrings %s, extraBodyFields %s;"
        + " integrity: foreignKeys %s, deleteReferenced %s", api.auth().type().specName(), api.blanks().specName(),
        api.errors().specName(), api.strictness().requiredReferencesExist() ? "existing" : "any",
        api.strictness().requiredStringsNonBlank() ? "nonBlank" : "any",
        api.strictness().rejectExtraBodyFields() ? "reject" : "ignore", api.integrity().foreignKeys(),
        api.integrity().refuseReferencedDelete() ? "refuse" : "allow");
  }

  private void resource(Resource resource) {
    line("");
    List<String> facts = new ArrayList<>();
    facts.add("entity " + resource.entityName());
    resource.table().ifPresent(t -> facts.add("table " + t));
    resource.idField().ifPresent(id -> facts.add("id " + id));
    facts.add("path " + resource.path());
    line("%s: %s", resource.name(), String.join(", ", facts));
    if (!resource.fields().isEmpty()) {
      line("  fields:");
      int width = resource.fields().stream().mapToInt(f -> f.name().length()).max().orElse(0);
      resource.fields().forEach(f -> line("    %-" + width + "s  %s", f.name(), fieldFacts(f)));
    }
    if (!resource.operations().isEmpty()) {
      line("  operations:");
      resource.operations().forEach(this::operation);
    }
    if (!resource.actions().isEmpty()) {
      line("  actions:");
      resource.actions().forEach(this::action);
    }
    if (!resource.models().isEmpty()) {
      line("  models:");
      resource.models().forEach(this::model);
    }
  }

  private static String fieldFacts(Field field) {
    List<String> facts = new ArrayList<>();
    facts.add(TypeText.of(field.type()));
    field.column().filter(c -> !c.equals(field.name())).ifPresent(c -> facts.add("column " + c));
    field.derived().ifPresent(d -> facts.add("derived " + TypeText.of(d)));
    field.defaultValue().ifPresent(d -> facts.add("default " + d));
    if (field.requiredOnCreate()) {
      facts.add("required");
    }
    if (field.updatable()) {
      facts.add("updatable");
    }
    if (field.readOnly()) {
      facts.add("read-only");
    }
    if (field.internal()) {
      facts.add("internal");
    }
    return String.join(", ", facts);
  }

  private void operation(Operation operation) {
    line("    %-6s %-8s %s", operation.method(), operation.kind().specName(), operation.path());
    if (!operation.filters().isEmpty()) {
      line("      filters: %s", operation.filters().stream().map(ModelOutline::filter)
          .collect(Collectors.joining(", ")));
    }
    if (!operation.body().isEmpty()) {
      line("      body: %s", operation.body().stream()
          .map(b -> (b.name().equals(b.field()) ? b.name() : b.name() + "->" + b.field()) + (b.required() ? "*" : ""))
          .collect(Collectors.joining(", ")));
    }
  }

  private static String filter(Filter filter) {
    String on = filter.field().filter(f -> !f.equals(filter.param())).map(f -> " " + f).orElse("");
    String match = filter.match().specName().equals("equals") ? "" : " " + filter.match().specName();
    return filter.param() + (on.isEmpty() && match.isEmpty() ? "" : " (" + (match + on).trim() + ")");
  }

  private void action(Action action) {
    String response = action.response().kind().name().toLowerCase(java.util.Locale.ROOT)
        + action.response().target().map(t -> " " + t).orElse("") + (action.response().list() ? " list" : "");
    line("    %-6s %s  %s -> %s %d%s", action.method(), action.path(), action.name(), response, action.status(),
        action.paged() ? ", paged" : "");
    properties("path params", action.pathParams());
    properties("params", action.params());
    properties("body", action.body());
  }

  private void model(Model model) {
    line("    %s", model.name());
    properties("fields", model.fields());
  }

  private void properties(String label, List<Property> properties) {
    if (!properties.isEmpty()) {
      line("      %s: %s", label, properties.stream()
          .map(p -> p.name() + " " + TypeText.of(p.type()) + (p.required() ? "*" : ""))
          .collect(Collectors.joining(", ")));
    }
  }

  private void enums(List<EnumType> enums) {
    line("");
    line("enums:");
    for (EnumType enumType : enums) {
      line("  %s: %s%s", enumType.name(),
          enumType.members().stream().map(ModelOutline::member).collect(Collectors.joining(", ")),
          enumType.defaultMember().map(d -> " (default " + d + ")").orElse(""));
    }
  }

  private static String member(EnumMember member) {
    return member.name() + "=" + member.ordinal();
  }

  private void exclusions(List<Exclusion> exclusions) {
    line("");
    line("exclusions:");
    for (Exclusion exclusion : exclusions) {
      String what = exclusion.endpoint().orElse("") + exclusion.name().map(n -> " " + lowerKind(exclusion) + " " + n)
          .orElse("");
      line("  %s %s: %s", exclusion.resource(), what.trim(), exclusion.reason());
    }
  }

  private static String lowerKind(Exclusion exclusion) {
    return switch (exclusion.kind()) {
      case QUERY_PARAM -> "query param";
      case BODY_FIELD -> "body field";
      case RESPONSE_FIELD -> "response field";
      case ENDPOINT -> "endpoint";
    };
  }

  private void line(String format, Object... args) {
    out.append(args.length == 0 ? format : String.format(java.util.Locale.ROOT, format, args)).append('\n');
  }
}
