package dev.stockbook.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockbook.core.engine.StockRow;
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
            out.println(new ObjectMapper().writeValueAsString(rows));
          } else {
            print(rows, out);
          }
          return rows.stream()
                  .anyMatch(r -> "drift".equals(r.status()) || "error".equals(r.status()))
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
          r.status(),
          r.message() == null ? "" : "  " + r.message());
    }
  }

  private static String dash(Long value) {
    return value == null ? "-" : value.toString();
  }
}
