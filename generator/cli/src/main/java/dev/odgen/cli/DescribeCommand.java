package dev.odgen.cli;

import dev.odgen.spec.model.ApiModel;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code odgen describe [SPEC] [--json]}: prints the linked model, as an outline or as JSON. */
@Command(name = "describe",
    description = "Print the linked model of a spec: as a readable outline, or as JSON with --json.")
final class DescribeCommand implements Callable<Integer> {

  @Mixin
  SpecArgument specArgument;

  @Option(names = "--json", description = "Print JSON (every computed detail) instead of an outline.")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ApiModel model = specArgument.load();
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? ModelJson.write(model, specArgument.label()) : ModelOutline.write(model, specArgument.label()));
    out.flush();
    return ExitCodes.OK;
  }
}
