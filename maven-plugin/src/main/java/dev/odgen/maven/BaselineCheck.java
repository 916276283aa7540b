package dev.odgen.maven;

import dev.odgen.codegen.diff.Change;
import dev.odgen.codegen.diff.ClientImpact;
import dev.odgen.codegen.diff.DiffReport;
import dev.odgen.codegen.diff.MigrationScript;
import dev.odgen.codegen.diff.SpecDiff;
import dev.odgen.runtime.schema.Dialect;
import dev.odgen.spec.model.ApiModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;

/**
 * Compares the spec with the baseline: logs every change (breaking ones as warnings) and the summary, and
 * writes the migration script from the baseline's tables to the spec's as a Flyway versioned migration.
 */
final class BaselineCheck {
  private final Log log;

  BaselineCheck(Log log) {
    this.log = log;
  }

  /** The outcome: the report, and the script written, if any. */
  record Outcome(DiffReport report, Optional<Path> script) {}

  Outcome run(ApiModel baseline, String baselineLabel, ApiModel spec, String specLabel, Path migrationDir,
      Dialect dialect, String version) throws IOException {
    DiffReport report = SpecDiff.compare(baseline, spec);
    for (Change change : report.changes()) {
      if (change.client() == ClientImpact.BREAKING || change.data().isError()) {
        log.warn("odgen: " + change.render());
      } else {
        log.info("odgen: " + change.render());
      }
    }
    log.info("odgen: against the baseline " + baselineLabel + ": " + report.summary());
    MigrationScript script = MigrationScript.between(baseline, spec, dialect);
    if (script.isEmpty()) {
      return new Outcome(report, Optional.empty());
    }
    String name = MigrationScript.fileName(version, "odgen " + baseline.api().docsVersion() + " to "
        + spec.api().docsVersion());
    Files.createDirectories(migrationDir);
    Path file = migrationDir.resolve(name);
    Files.writeString(file, script.render(baselineLabel, specLabel, dialect), StandardCharsets.UTF_8);
    log.info("odgen: migration script " + file);
    return new Outcome(report, Optional.of(file));
  }
}
