package dev.odgen.samples.e2e;

import dev.odgen.samples.testdb.ScratchDatabase;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a whole test class, before its server would start, when the chosen {@link Backend} is MariaDB and none
 * answers: the run reports the class skipped with the reason (printed once per run by {@link ScratchDatabase})
 * instead of an empty class or a failure.
 */
final class BackendAvailable implements ExecutionCondition {
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Backend.chosen() != Backend.MARIADB) {
      return ConditionEvaluationResult.enabled("H2 is in-process");
    }
    Optional<String> unavailable = ScratchDatabase.unavailable();
    return unavailable.isPresent()
        ? ConditionEvaluationResult.disabled(unavailable.get())
        : ConditionEvaluationResult.enabled("MariaDB answers at " + ScratchDatabase.SERVER);
  }
}
