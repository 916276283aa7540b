package dev.odgen.spec.link;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.model.ApiInfo;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.EnumMember;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.Exclusion;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.yaml.EnumElement;
import dev.odgen.spec.yaml.ExclusionElement;
import dev.odgen.spec.yaml.FileElement;
import java.util.List;

/**
 * Links the elements of all files into one {@link ApiModel}: gathers the global names, resolves
 * every reference (reporting those that do not resolve), applies defaults and works out what the
 * spec leaves implicit (standard paths, field flags, path parameter types). After an error it puts
 * in a stand-in and goes on, so one typo does not hide the next; the caller throws at the end.
 */
public final class Linker {

  private Linker() {}

  /**
   * Links {@code files}. {@code specLabel} names the spec in messages that belong to no file (a
   * missing API file). Problems go to {@code diagnostics}; the model is only valid when none were
   * reported.
   */
  public static LinkedSpec link(List<FileElement> files, String specLabel, Diagnostics diagnostics) {
    Symbols symbols = Symbols.collect(files, specLabel, diagnostics);
    Lookup lookup = new Lookup(symbols, diagnostics);
    TypeResolver resolver = new TypeResolver(lookup);
    SourceMap sources = new SourceMap();
    ApiInfo api = ApiInfoLinker.link(symbols.api);
    ResourceLinker resources = new ResourceLinker(lookup, resolver, new FieldTypes(lookup, resolver), sources, api);
    List<Resource> linked = symbols.resources.values().stream().map(resources::link).toList();
    List<EnumType> enums = symbols.enums.values().stream().map(e -> enumType(e, sources)).toList();
    List<Exclusion> exclusions = symbols.exclusions.stream().map(e -> exclusion(e, sources)).toList();
    ApiModel model = new ApiModel(api, linked, enums, exclusions);
    symbols.api.ifPresent(element -> sources.put(element.marks()));
    return new LinkedSpec(model, sources);
  }

  private static EnumType enumType(EnumElement element, SourceMap sources) {
    sources.put(element.marks());
    List<EnumMember> members = element.members().stream().map(m -> new EnumMember(m.name(), m.ordinal(), m.location())).toList();
    return new EnumType(element.name(), members, element.defaultMember(), element.notes(), element.marks().start());
  }

  private static Exclusion exclusion(ExclusionElement element, SourceMap sources) {
    sources.put(element.marks());
    return new Exclusion(element.resource(), element.kind(), element.endpoint(), element.name(), element.reason(),
        element.marks().start());
  }
}
