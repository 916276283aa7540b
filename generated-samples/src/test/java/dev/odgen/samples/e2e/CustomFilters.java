package dev.odgen.samples.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.Resource;
import java.util.Map;

/**
 * What the sample application does with the spec's custom filters ({@code match: custom}): it implements all of
 * them (app/hooks) but those listed here, which keep the generated default, 400 "filter X is not supported by this
 * server". The suite holds the server to that: an implemented custom filter answers a list, a left-out one 400
 * naming it. What each implemented filter keeps is tested in PatientFiltersTest, PopupFilterTest and
 * CustomFiltersTest.
 */
final class CustomFilters {
  /** "Resource.param" of the custom filters the application leaves out, each with why. */
  private static final Map<String, String> LEFT_OUT = Map.of(
      "Patients.SiteNum", "the generated patient table has no SiteNum column",
      "Patients.Country", "the generated patient table has no Country column");

  /**
   * Values the application accepts, for custom filters whose generic sample (the row's value of a field of the
   * same name, else true, "a" or 1) it would rightly refuse.
   */
  private static final Map<String, String> ACCEPTED = Map.of(
      "Patients.clinicNums", "1,2",
      "InsPlans.PlanType", "percentage",
      "Providers.ClinicNum", "0");

  private CustomFilters() {}

  /** Whether the application implements the custom filter. */
  static boolean implemented(Resource resource, Filter filter) {
    return !LEFT_OUT.containsKey(key(resource, filter));
  }

  /** A value to send for the custom filter: {@code rowValue} when there is one the application accepts. */
  static String value(Resource resource, Filter filter, JsonNode rowValue) {
    String accepted = ACCEPTED.get(key(resource, filter));
    if (accepted != null) {
      return accepted;
    }
    if (rowValue != null && !rowValue.asText().isEmpty()) {
      return rowValue.asText();
    }
    switch (filter.type().kind()) {
      case BOOL:
        return "true";
      case STRING:
      case TEXT:
        return "a";
      default:
        return "1";
    }
  }

  private static String key(Resource resource, Filter filter) {
    return resource.name() + "." + filter.param();
  }
}
