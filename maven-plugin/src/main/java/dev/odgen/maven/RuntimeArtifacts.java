package dev.odgen.maven;

import dev.odgen.codegen.ArtifactKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.model.Dependency;

/**
 * The odgen runtime artifacts that generated code of some kinds links against, and the ones a project lacks. A
 * missing runtime otherwise shows as hundreds of "package dev.odgen.runtime... does not exist" compiler errors.
 */
final class RuntimeArtifacts {

  static final String GROUP = "dev.odgen";
  static final String CORE = "odgen-runtime-core";
  static final String CLIENT = "odgen-runtime-client";
  static final String SERVER = "odgen-runtime-server";

  private RuntimeArtifacts() {}

  /** The artifacts code of {@code kinds} needs: client and server bring the core with them. */
  static List<String> needed(Set<ArtifactKind> kinds) {
    List<String> needed = new ArrayList<>();
    if (kinds.contains(ArtifactKind.CLIENT)) {
      needed.add(CLIENT);
    }
    if (kinds.contains(ArtifactKind.SERVER) || kinds.contains(ArtifactKind.DAOS)) {
      needed.add(SERVER);
    }
    if (needed.isEmpty() && (kinds.contains(ArtifactKind.ENTITIES) || kinds.contains(ArtifactKind.SCHEMA))) {
      needed.add(CORE);
    }
    return needed;
  }

  /**
   * The needed artifacts that none of {@code declared} provides. Only declared dependencies are looked at (the
   * goal does not resolve the project's): a runtime that comes through another module is reported too, which is
   * why the goal only warns.
   */
  static List<String> missing(Set<ArtifactKind> kinds, List<Dependency> declared) {
    List<String> ids = declared.stream()
        .filter(d -> GROUP.equals(d.getGroupId()))
        .map(Dependency::getArtifactId)
        .toList();
    return needed(kinds).stream()
        .filter(artifact -> !ids.contains(artifact)
            && !(artifact.equals(CORE) && (ids.contains(CLIENT) || ids.contains(SERVER))))
        .toList();
  }
}
