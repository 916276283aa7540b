package dev.odgen.spec.yaml;

import dev.odgen.spec.model.ApiInfo.AuthType;
import dev.odgen.spec.model.ApiInfo.Blanks;
import dev.odgen.spec.model.ApiInfo.ErrorStyle;
import java.util.List;
import java.util.Optional;

/**
 * The API file as written. Absent sections and keys stay empty here; the linker applies defaults.
 * {@code marks} covers the {@code api:} map.
 */
public record ApiElement(
    String name,
    Optional<String> title,
    Optional<String> docsVersion,
    String basePath,
    String javaPackage,
    Optional<AuthElement> auth,
    Optional<WireElement> wire,
    Optional<PagingElement> paging,
    Optional<String> serverTime,
    List<NamedValue> baseUrls,
    Optional<ThrottlingElement> throttling,
    Optional<ConventionsElement> conventions,
    Marks marks) {

  public ApiElement {
    baseUrls = List.copyOf(baseUrls);
  }

  /** The {@code auth:} section; the reader has already checked its keys against its type. */
  public record AuthElement(
      AuthType type,
      Optional<String> header,
      Optional<String> scheme,
      List<String> credentials,
      Optional<String> separator) {
    public AuthElement {
      credentials = List.copyOf(credentials);
    }
  }

  /**
   * The convention settings beside {@code api:}: {@code blanks}, {@code errors}, {@code strictness} and
   * {@code integrity}. Keys left out are empty; the linker applies the defaults.
   */
  public record ConventionsElement(
      Optional<Blanks> blanks,
      Optional<ErrorStyle> errors,
      Optional<Boolean> requiredReferencesExist,
      Optional<Boolean> requiredStringsNonBlank,
      Optional<Boolean> rejectExtraBodyFields,
      Optional<Boolean> foreignKeys,
      Optional<Boolean> refuseReferencedDelete) {}

  /** The {@code wire:} section; {@code booleansAsStrings} is empty when {@code booleans} is absent. */
  public record WireElement(
      Optional<Boolean> booleansAsStrings,
      Optional<String> date,
      Optional<String> dateTime,
      Optional<String> time,
      Optional<String> noDate,
      Optional<String> dateFormatParam,
      Optional<String> dateTimeFormatParam) {}

  /** The {@code paging:} section. */
  public record PagingElement(
      Optional<String> offsetParam, Optional<String> limitParam, Optional<Integer> pageSize, Optional<Integer> maxLimit) {}

  /** The {@code throttling:} section: presets in the order written. */
  public record ThrottlingElement(Optional<String> per, List<NamedNumber> presets) {
    public ThrottlingElement {
      presets = List.copyOf(presets);
    }
  }

  /** A {@code name: value} entry such as a base URL preset. */
  public record NamedValue(String name, String value) {}

  /** A {@code name: number} entry such as a throttling preset. */
  public record NamedNumber(String name, long value) {}
}
