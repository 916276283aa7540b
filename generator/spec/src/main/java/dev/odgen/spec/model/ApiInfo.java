package dev.odgen.spec.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the spec says about the API as a whole, including its conventions: how callers authenticate, how absent
 * values travel and are stored ({@code blanks}), the form of error bodies, how strictly bodies are checked and
 * how references are kept intact. A new spec gets the common REST behaviour; an API that behaves otherwise (Open
 * Dental) says so in its API file.
 */
public record ApiInfo(
    String name,
    String title,
    String docsVersion,
    String basePath,
    String javaPackage,
    Auth auth,
    WireFormat wire,
    Paging paging,
    Optional<String> serverTimeField,
    List<BaseUrl> baseUrls,
    Throttling throttling,
    Blanks blanks,
    ErrorStyle errors,
    Strictness strictness,
    Integrity integrity) {

  public ApiInfo {
    baseUrls = List.copyOf(baseUrls);
  }

  /**
   * How callers authenticate: {@code <header>: <scheme> <credential><separator><credential>...}; the scheme is
   * empty for an API key sent alone, and there are no credentials when {@code type} is {@link AuthType#NONE}.
   */
  public record Auth(AuthType type, String header, String scheme, List<String> credentials, String separator) {
    public Auth {
      credentials = List.copyOf(credentials);
    }

    /** An API every caller may use. */
    public static Auth none() {
      return new Auth(AuthType.NONE, "", "", List.of(), "");
    }

    public boolean isNone() {
      return type == AuthType.NONE;
    }
  }

  /** The kinds of auth a spec can choose, with their spec spelling. */
  public enum AuthType {
    /** No auth: every request is served. */
    NONE("none"),
    /** {@code Authorization: Bearer <token>}. */
    BEARER("bearer"),
    /** One key in a header of the API's choosing, e.g. {@code X-API-Key: <key>}. */
    API_KEY("apiKey"),
    /** A scheme word and one or more credentials joined by a separator (Open Dental's ODFHIR key pair). */
    CREDENTIALS("credentials");

    private final String specName;

    AuthType(String specName) {
      this.specName = specName;
    }

    public String specName() {
      return specName;
    }

    public static List<String> specNames() {
      return Arrays.stream(values()).map(AuthType::specName).toList();
    }
  }

  /** How absent values travel and are stored. */
  public enum Blanks {
    /** JSON null on the wire, SQL NULL in nullable columns (the default). */
    NULL("null"),
    /** Open Dental's placeholders: NOT NULL columns holding 0, "" and 0001-01-01, written as such. */
    PLACEHOLDER("placeholder");

    private final String specName;

    Blanks(String specName) {
      this.specName = specName;
    }

    public String specName() {
      return specName;
    }
  }

  /** The body of error answers. */
  public enum ErrorStyle {
    /** RFC 9457 {@code application/problem+json} with the offending fields (the default). */
    PROBLEM("problem"),
    /** A plain-text explanation (Open Dental). */
    TEXT("text");

    private final String specName;

    ErrorStyle(String specName) {
      this.specName = specName;
    }

    public String specName() {
      return specName;
    }
  }

  /**
   * How strictly create and update bodies are checked beyond their types.
   *
   * @param requiredReferencesExist a required reference must name an existing row (0 or null is refused)
   * @param requiredStringsNonBlank a required string must not be blank
   * @param rejectExtraBodyFields a body that carries a field the operation does not take is refused, naming it
   */
  public record Strictness(
      boolean requiredReferencesExist, boolean requiredStringsNonBlank, boolean rejectExtraBodyFields) {

    /** The common REST behaviour: everything checked. */
    public static Strictness strict() {
      return new Strictness(true, true, true);
    }
  }

  /**
   * How references between rows are kept intact.
   *
   * @param foreignKeys whether references get FOREIGN KEY constraints unless a field says otherwise
   * @param refuseReferencedDelete whether a DELETE of a row that others still refer to is refused (409)
   */
  public record Integrity(boolean foreignKeys, boolean refuseReferencedDelete) {

    /** The default: deletes of referenced rows refused, no constraints in the database. */
    public static Integrity defaults() {
      return new Integrity(false, true);
    }
  }

  /** Wire formats of booleans, dates and times, and the query parameters that override them. */
  public record WireFormat(
      boolean booleansAsStrings,
      String date,
      String dateTime,
      String time,
      String noDate,
      Optional<String> dateFormatParam,
      Optional<String> dateTimeFormatParam) {}

  /** Paging parameters and limits of list calls. */
  public record Paging(String offsetParam, String limitParam, int pageSize, int maxLimit) {}

  /** A named base URL preset, e.g. remote, local or service. */
  public record BaseUrl(String mode, String url) {}

  /** Client-side rate-limit presets: the minimum interval between calls per credential. */
  public record Throttling(String per, List<Preset> presets) {
    public Throttling {
      presets = List.copyOf(presets);
    }

    public record Preset(String name, long intervalMillis) {}
  }
}
