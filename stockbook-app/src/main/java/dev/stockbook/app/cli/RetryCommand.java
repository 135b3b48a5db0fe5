package dev.stockbook.app.cli;

import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.core.engine.SyncEngine;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.TrackedOrder;
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

  /** What became of the order: posted, or still parked and why. */
  static String outcome(String order, TrackedOrder after) {
    return switch (after.state()) {
      case POSTED -> "Order " + order + " is now posted in QuickBooks.";
      case PARKED -> "Order " + order + " is still parked: " + after.reason();
      default ->
          "Order "
              + order
              + " is "
              + after.state().name().toLowerCase(java.util.Locale.ROOT)
              + " after the cycle.";
    };
  }

  @Override
  public Integer call() throws Exception {
    return config.run(
        spec.commandLine(),
        wiring -> {
          SyncEngine engine = wiring.engine(config.connection);
          var retried = engine.retry(order);
          if (retried.isEmpty()) {
            spec.commandLine().getErr().println("No order " + order + " is known to Stockbook.");
            return 1;
          }
          var out = spec.commandLine().getOut();
          if (retried.get().state() != OrderState.WAITING) {
            out.println(
                "Order "
                    + order
                    + " is already "
                    + retried.get().state().name().toLowerCase(java.util.Locale.ROOT)
                    + ": nothing to retry (sending it again would post it twice).");
            return 0;
          }
          CycleReport report = engine.runCycle(false);
          out.println(report.connection() + ": " + report.summary());
          TrackedOrder after =
              wiring
                  .state()
                  .orders()
                  .find(report.connection(), retried.get().orderId())
                  .orElse(retried.get());
          out.println(outcome(order, after));
          return report.errors().isEmpty() && after.state() != OrderState.PARKED ? 0 : 1;
        });
  }
}
