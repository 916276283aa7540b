package dev.odgen.spec.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Endpoint paths: their {@code {placeholders}} and the standard paths of CRUD operations. */
public final class Paths {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}/]*)}");

  private Paths() {}

  /** The placeholder names of {@code path} in order, e.g. [AptNum] for /appointments/{AptNum}/Break. */
  public static List<String> placeholders(String path) {
    List<String> names = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(path);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /** The item path of a resource: its collection path plus {@code /{idField}}. */
  public static String itemPath(String collectionPath, String idField) {
    return collectionPath + "/{" + idField + "}";
  }

  /**
   * The path with placeholders blanked and letters lower-cased, and a trailing '/' dropped, so
   * that two spellings of the same route compare equal: {@code /Appointments/{AptNum}/} and
   * {@code /appointments/{id}}.
   */
  public static String routeKey(String path) {
    String key = PLACEHOLDER.matcher(path).replaceAll("{}").toLowerCase(java.util.Locale.ROOT);
    return key.length() > 1 && key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
  }
}
