package dev.stockbook.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockbook.core.engine.stock.StockRow;
import dev.stockbook.core.state.StockStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code stockbook reconcile}: every SKU on both sides; exit 0 when all in sync, 1 when drift
 * remains.
 */
@Command(
    name = "reconcile",
    description =
        "Compare every SKU: QuickBooks on hand, pending, should show, store shows, status.")
final class ReconcileCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(names = "--fix", description = "Write every difference to the store.")
  boolean fix;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    return config.run(
        spec.commandLine(),
        wiring -> {
          List<StockRow> rows = wiring.engine(config.connection).reconcile(fix);
          PrintWriter out = spec.commandLine().getOut();
          if (json) {
            out.println(
                new ObjectMapper()
                    .writeValueAsString(rows.stream().map(ReconcileCommand::json).toList()));
          } else {
            print(rows, out);
          }
          return rows.stream()
                  .anyMatch(r -> r.status() == StockStatus.DRIFT || r.status() == StockStatus.ERROR)
              ? 1
              : 0;
        });
  }

  static void print(List<StockRow> rows, PrintWriter out) {
    out.printf(
        "%-20s %10s %8s %12s %12s  %s%n",
        "SKU", "QuickBooks", "pending", "should show", "store shows", "status");
    for (StockRow r : rows) {
      out.printf(
          "%-20s %10s %8d %12s %12s  %s%s%n",
          r.sku(),
          dash(r.booksOnHand()),
          r.pending(),
          dash(r.shouldShow()),
          dash(r.storeShows()),
          r.status().code(),
          r.message() == null ? "" : "  " + r.message());
    }
  }

  /** A row as JSON fields, the status by its stored word ({@code in-sync}, {@code drift}...). */
  static java.util.Map<String, Object> json(StockRow r) {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("sku", r.sku());
    m.put("booksOnHand", r.booksOnHand());
    m.put("pending", r.pending());
    m.put("shouldShow", r.shouldShow());
    m.put("storeShows", r.storeShows());
    m.put("status", r.status().code());
    m.put("message", r.message());
    return m;
  }

  private static String dash(Long value) {
    return value == null ? "-" : value.toString();
  }
}
