package dev.odgen.maven;

import java.nio.file.Path;

/** Finds the jar of a spec artifact by its coordinates; the plugin asks Maven's resolver, tests a fake. */
@FunctionalInterface
interface SpecArtifacts {

  /**
   * The local file of {@code groupId:artifactId:version} (a jar), downloaded when needed.
   *
   * @throws BaselineException when it cannot be resolved, with the resolver's reason
   */
  Path jar(String groupId, String artifactId, String version) throws BaselineException;
}
