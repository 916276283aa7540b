package dev.odgen.maven;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;

/** Spec artifacts through Maven's own resolver: the build's local repository and remote repositories. */
final class ResolvedSpecArtifacts implements SpecArtifacts {
  private final RepositorySystem system;
  private final RepositorySystemSession session;
  private final List<RemoteRepository> repositories;

  ResolvedSpecArtifacts(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
    this.system = system;
    this.session = session;
    this.repositories = repositories;
  }

  @Override
  public Path jar(String groupId, String artifactId, String version) throws BaselineException {
    ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(groupId, artifactId, "jar", version),
        repositories, null);
    try {
      ArtifactResult result = system.resolveArtifact(session, request);
      return result.getArtifact().getFile().toPath();
    } catch (ArtifactResolutionException e) {
      throw new BaselineException("cannot resolve the baseline " + groupId + ":" + artifactId + ":" + version + ": "
          + e.getMessage(), e);
    }
  }
}
