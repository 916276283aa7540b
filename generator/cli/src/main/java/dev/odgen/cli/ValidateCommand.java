package dev.odgen.cli;

import dev.odgen.spec.model.ApiModel;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code odgen validate [SPEC]}: loads and checks a spec and prints a one-line summary. */
@Command(name = "validate", description = "Check a spec and print a summary, or every problem found.")
final class ValidateCommand implements Callable<Integer> {

  @Mixin
  SpecArgument specArgument;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ApiModel model = specArgument.load();
    spec.commandLine().getOut().printf("ok: %s (%s)%n", Counts.of(model), specArgument.label());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
