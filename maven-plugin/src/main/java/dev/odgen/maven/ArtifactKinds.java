package dev.odgen.maven;

import dev.odgen.codegen.ArtifactKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;

/** Reads the {@code generate} parameter: artifact kind names such as {@code client}, in any case. */
final class ArtifactKinds {

  private ArtifactKinds() {}

  /**
   * The kinds {@code names} lists; every kind when it lists none. An element may hold several names
   * separated by commas, as {@code -Dodgen.generate=client,entities} does.
   *
   * @throws MojoFailureException for a name that is not a kind
   */
  static Set<ArtifactKind> parse(List<String> names) throws MojoFailureException {
    Set<ArtifactKind> kinds = EnumSet.noneOf(ArtifactKind.class);
    for (String name : ListParameter.values(names)) {
      ArtifactKind kind = ArtifactKind.fromOptionName(name.toLowerCase(Locale.ROOT))
          .orElseThrow(() -> new MojoFailureException("odgen: unknown artifact kind '" + name + "' in <generate>"
              + "; fix: use any of " + String.join(", ", ArtifactKind.optionNames())));
      kinds.add(kind);
    }
    return kinds.isEmpty() ? EnumSet.allOf(ArtifactKind.class) : kinds;
  }
}
