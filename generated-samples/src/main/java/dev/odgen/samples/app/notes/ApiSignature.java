package dev.odgen.samples.app.notes;

import dev.odgen.runtime.server.ApiRequest;

/**
 * The signature this server stores when an API call signs a note or a plan ({@code isSigned: "true"}). Open Dental
 * stores a digital signature of the API developer there, which this server cannot make; what matters to the API
 * is only whether the Signature column is blank ({@code isSigned}), so a readable stamp stands in for it. The column
 * is internal in the spec (never sent), and nothing but {@code isSigned} reads it, so the stamp names no credential.
 */
public final class ApiSignature {
  private ApiSignature() {}

  /** The stamp for a signature made by {@code request}. */
  public static String of(ApiRequest request) {
    return String.format("Signed through the API at %tF %<tT", request.serverTime());
  }

  /** The signature to keep: a new stamp for true, blank for false, {@code current} when {@code isSigned} is absent. */
  public static String choose(Boolean isSigned, String current, ApiRequest request) {
    if (isSigned == null) {
      return current;
    }
    return isSigned ? of(request) : "";
  }
}
