package dev.stockbook.bench;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * {@code stockbook bench --all}: every table of docs/benchmarks.md from one command, one part after
 * another (so no part shares the machine with another), each written between its own markers as
 * soon as it is done; the command recorded in each section is this one. The scale parts come last:
 * their figures are CPU time and heap, which the machine's other work changes least.
 */
final class BenchAll {
  private BenchAll() {}

  /** One part: its name and how it runs. */
  private interface Part {
    String run() throws Exception;
  }

  static void run(
      boolean quick, long seed, Path realWoo, Path write, String command, Consumer<String> progress)
      throws Exception {
    long started = System.nanoTime();
    part(
        "main table (QuickBooks requests, store requests, time to post, latency)",
        () -> Bench.run(quick, seed, null, null, false, write, command),
        progress);
    part("Shopify", () -> Bench.shopify(quick, seed, false, write, command), progress);
    part("dashboard", () -> DashboardBench.run(quick, write, command), progress);
    part(
        "WooCommerce's real webhook delivery",
        () -> DeliveryLatency.run(quick, realWoo, write, command),
        progress);
    for (String database :
        quick ? new String[] {"sqlite"} : new String[] {"sqlite", "postgresql"}) {
      part(
          "scale on " + database,
          () -> Bench.scale(quick, database, false, write, command),
          progress);
    }
    progress.accept(
        "bench --all: every part done in "
            + Math.round((System.nanoTime() - started) / 60e9)
            + " min"
            + (write == null ? " (written nowhere)" : ", written to " + write));
  }

  private static void part(String name, Part part, Consumer<String> progress) throws Exception {
    progress.accept("bench --all: " + name + "...");
    long started = System.nanoTime();
    String table = part.run();
    progress.accept(table);
    progress.accept(
        "bench --all: "
            + name
            + " done in "
            + Math.round((System.nanoTime() - started) / 1e9)
            + " s");
  }
}
