package dev.odgen.codegen.emit;

import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.Model;
import dev.odgen.spec.model.Resource;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything an emitter may look at, immutable: the whole model (for lookups across resources), the names,
 * the selection of resources to generate, and the enums, models and entities that selection needs.
 *
 * @param model the whole linked spec
 * @param names every generated name
 * @param resources the resources to generate everything for, sorted by name
 * @param entityResources {@code resources} plus resources whose entity a selected action answers with
 * @param enums the enums the selection uses, sorted by name
 * @param models the models the selection uses, sorted by name
 * @param specLabel the spec as named in headers of files that belong to no single spec file (relative)
 * @param generatedAnnotation whether types carry {@code @Generated} (off for targets without java.compiler)
 */
public record EmitContext(
    ApiModel model,
    JavaNames names,
    List<Resource> resources,
    List<Resource> entityResources,
    List<EnumType> enums,
    List<Model> models,
    String specLabel,
    boolean generatedAnnotation) {

  public EmitContext {
    Objects.requireNonNull(model, "model == null");
    Objects.requireNonNull(names, "names == null");
    resources = sorted(resources, Resource::name);
    entityResources = sorted(entityResources, Resource::name);
    enums = sorted(enums, EnumType::name);
    models = sorted(models, Model::name);
    Objects.requireNonNull(specLabel, "specLabel == null");
  }

  /**
   * A context for {@code selected} resources of {@code model}, with the enums, models and entities they use.
   */
  public static EmitContext of(ApiModel model, JavaNames names, List<Resource> selected, String specLabel) {
    UsedTypes used = UsedTypes.of(model, selected);
    return new EmitContext(
        model, names, selected, used.entityResources(), used.enums(), used.models(), specLabel, true);
  }

  /** The Java types of spec types. */
  public JavaTypes types() {
    return new JavaTypes(names);
  }

  /** Code that writes and reads typed values as JSON. */
  public WireCode wire() {
    return new WireCode(types());
  }

  /** Blank values and literals of spec types. */
  public ValueCode values() {
    return new ValueCode(names, model);
  }

  /** A copy that leaves out {@code @Generated} (for targets where java.compiler is not readable). */
  public EmitContext withoutGeneratedAnnotation() {
    return new EmitContext(model, names, resources, entityResources, enums, models, specLabel, false);
  }

  private static <T> List<T> sorted(List<T> items, Function<T, String> key) {
    return items.stream().sorted(Comparator.comparing(key)).toList();
  }
}
