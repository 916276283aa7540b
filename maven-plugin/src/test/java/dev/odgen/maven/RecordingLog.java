package dev.odgen.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A Maven log that keeps what the Mojo says, by level, so tests can assert on it. */
final class RecordingLog extends SystemStreamLog {

  final List<String> infos = new ArrayList<>();
  final List<String> errors = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();

  @Override
  public void warn(CharSequence content) {
    warnings.add(content.toString());
  }

  @Override
  public void info(CharSequence content) {
    infos.add(content.toString());
  }

  @Override
  public void error(CharSequence content) {
    errors.add(content.toString());
  }

  @Override
  public void error(CharSequence content, Throwable error) {
    errors.add(content.toString() + " [with stack trace]");
  }
}
