package dev.stockbook.app.cli;

import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.core.engine.SyncEngine;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code stockbook retry ORDER}: put a parked order back in line and run a cycle. */
@Command(
    name = "retry",
    description = "Put a parked order back in line (by order number or id) and run a cycle.")
final class RetryCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin ConfigOption config;

  @Parameters(paramLabel = "ORDER", description = "The store order number or id.")
  String order;

  @Override
  public Integer call() throws Exception {
    return config.run(
        spec.commandLine(),
        wiring -> {
          SyncEngine engine = wiring.engine(config.connection);
          if (engine.retry(order).isEmpty()) {
            spec.commandLine().getErr().println("No order " + order + " is known to Stockbook.");
            return 1;
          }
          CycleReport report = engine.runCycle(false);
          spec.commandLine().getOut().println(report.connection() + ": " + report.summary());
          return report.errors().isEmpty() ? 0 : 1;
        });
  }
}
