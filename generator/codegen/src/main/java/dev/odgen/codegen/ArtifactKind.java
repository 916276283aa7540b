package dev.odgen.codegen;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of artifact odgen can generate; a request picks any subset. */
public enum ArtifactKind {
  /** Entity records, their partial-update forms, enums and models. */
  ENTITIES,
  /** JDBC data access per resource. */
  DAOS,
  /** CREATE TABLE statements, as SQL scripts and as a Java class. */
  SCHEMA,
  /** REST handlers and the server facade. */
  SERVER,
  /** Typed HTTP clients and the client facade. */
  CLIENT,
  /** The OpenAPI 3.1 document of the API, as JSON and YAML (a generated server serves it). */
  OPENAPI;

  /** The name used on the command line and in the Maven plugin, e.g. {@code entities}. */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ArtifactKind> fromOptionName(String name) {
    return Arrays.stream(values()).filter(k -> k.optionName().equals(name.trim())).findFirst();
  }

  public static List<String> optionNames() {
    return Arrays.stream(values()).map(ArtifactKind::optionName).toList();
  }
}
