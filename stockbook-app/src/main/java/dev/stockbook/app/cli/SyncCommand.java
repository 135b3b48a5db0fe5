package dev.stockbook.app.cli;

import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.core.engine.SyncEngine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code stockbook sync --once}: one cycle (orders, then stock) for a connection; {@code --order}
 * or {@code --since} narrow or widen the orders read.
 */
@Command(
    name = "sync",
    description = "Run one sync cycle: read and post orders, then publish stock.")
final class SyncCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(
      names = "--once",
      description =
          "Run one cycle and exit, which is all this command does (the service runs cycles on a schedule).")
  boolean once;

  @Option(
      names = "--full",
      description = "Compare every SKU on both sides in this cycle (the full sweep).")
  boolean full;

  @Option(names = "--order", description = "Only this store order id (re-read and post it).")
  List<String> orders;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description =
          "Re-read every store order changed since DATE (2026-03-01 or 2026-03-01T12:00:00Z, UTC) and post the ones missing.")
  String since;

  @Override
  public Integer call() throws Exception {
    Instant from = since == null ? null : parse(since);
    return config.run(
        spec.commandLine(),
        wiring -> {
          SyncEngine engine = wiring.engine(config.connection);
          CycleReport report =
              from != null
                  ? engine.syncSince(from)
                  : orders == null || orders.isEmpty()
                      ? engine.runCycle(full)
                      : engine.syncOrders(orders);
          spec.commandLine().getOut().println(report.connection() + ": " + report.summary());
          return report.errors().isEmpty() ? 0 : 1;
        });
  }

  private Instant parse(String date) {
    try {
      return date.contains("T")
          ? Instant.parse(date)
          : LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--since: \"" + date + "\" is not a date like 2026-03-01 or 2026-03-01T12:00:00Z");
    }
  }
}
