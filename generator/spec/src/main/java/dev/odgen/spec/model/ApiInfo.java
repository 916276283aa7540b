package dev.odgen.spec.model;

import java.util.List;
import java.util.Optional;

/** What the spec says about the API as a whole. */
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
    Throttling throttling) {

  public ApiInfo {
    baseUrls = List.copyOf(baseUrls);
  }

  /** The auth header: {@code <header>: <scheme> <credential><separator><credential>...}. */
  public record Auth(String header, String scheme, List<String> credentials, String separator) {
    public Auth {
      credentials = List.copyOf(credentials);
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
