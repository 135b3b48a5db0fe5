package dev.stockbook.app.cli;

import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.core.engine.SyncEngine;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stockbook sync --once}: one cycle (orders, then stock) for a connection. */
@Command(name = "sync", description = "Run one sync cycle: read and post orders, then publish stock.")
final class SyncCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(names = "--once", required = true, description = "Run one cycle and exit (the service runs cycles on a schedule).")
  boolean once;

  @Option(names = "--full", description = "Compare every SKU on both sides in this cycle (the full sweep).")
  boolean full;

  @Option(names = "--order", description = "Only this store order id (re-read and post it).")
  List<String> orders;

  @Override
  public Integer call() throws Exception {
    StockbookConfig loaded = config.load(spec.commandLine());
    if (loaded == null) {
      return 2;
    }
    try (Wiring wiring = Wiring.open(loaded, Clock.systemUTC())) {
      SyncEngine engine = wiring.engine(config.connection);
      CycleReport report = orders == null || orders.isEmpty() ? engine.runCycle(full) : engine.syncOrders(orders);
      spec.commandLine().getOut().println(report.connection() + ": " + report.summary());
      return report.errors().isEmpty() ? 0 : 1;
    }
  }
}
