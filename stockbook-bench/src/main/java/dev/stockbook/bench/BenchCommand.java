package dev.stockbook.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stockbook bench}: the real engine against both simulators with realistic latency and
 * QuickBooks' limits.
 */
@Command(
    name = "bench",
    description =
        "Measure requests, time and latency against the simulators with QuickBooks' real limits.")
public final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--quick", description = "A small run (under two minutes).")
  boolean quick;

  @Option(
      names = "--all",
      description =
          "Every table of docs/benchmarks.md in one run, each written between its markers: the"
              + " main table, Shopify, scale on SQLite and on PostgreSQL, the dashboard and"
              + " WooCommerce's real webhook delivery (with --real-woo DIR, also on that real store)."
              + " About 45 minutes; with --quick every part small, written only with --write.")
  boolean all;

  @Option(
      names = "--scale",
      description =
          "Only the scale measures: engine CPU per order and peak heap with 100,000 SKUs and"
              + " 1,000,000 posted orders, on SQLite and PostgreSQL (127.0.0.1:5432); with --quick 2,000 SKUs and 20,000 orders on SQLite."
              + " Writes only with an explicit --write.")
  boolean scale;

  @Option(
      names = "--dashboard",
      description =
          "Only the dashboard: how long each page takes to answer over HTTP, backend in memory"
              + " (1,000 orders, 1,000 SKUs); writes to docs/benchmarks.md unless --quick.")
  boolean dashboard;

  @Option(
      names = "--latency",
      description =
          "Only the WooCommerce latency rows (order placed → posted → the other store's stock, with"
              + " prompt webhooks and polling only), --orders orders each way (default 100); prints, writes nowhere.")
  boolean latency;

  @Option(
      names = "--woo-delivery",
      description =
          "Order placed → posted when WooCommerce sends webhooks as WooCommerce 10 does (Action"
              + " Scheduler), with and without the order probe; writes to docs/benchmarks.md unless --quick.")
  boolean wooDelivery;

  @Option(
      names = "--real-woo",
      paramLabel = "DIR",
      description =
          "With --woo-delivery: also measure against the real WooCommerce whose setup.sh state folder is DIR"
              + " (its credentials.env).")
  Path realWoo;

  @Option(
      names = "--scale-database",
      paramLabel = "DB",
      description = "With --scale: only sqlite or only postgresql.")
  String scaleDatabase;

  @Option(
      names = "--store",
      paramLabel = "TYPE",
      description =
          "shopify: only the Shopify rows (requests and cost points per 1,000 stock changes, time to"
              + " publish 10,000 on the Standard plan, latency); written to docs/benchmarks.md's"
              + " bench-shopify section, nowhere with --quick unless --write.")
  String store;

  @Option(names = "--json", description = "Print the results as JSON instead of a table.")
  boolean json;

  @Option(
      names = "--seed",
      defaultValue = "7",
      description = "Seed of the generated store and orders.")
  long seed;

  @Option(
      names = "--orders",
      paramLabel = "N",
      description = "Orders to post (default: 10000, or 60 with --quick).")
  Integer orders;

  @Option(
      names = "--time-scale",
      paramLabel = "K",
      description =
          "Run posting with every QuickBooks time constant divided by K "
              + "and report seconds × K (default: "
              + Bench.FULL_TIME_SCALE
              + ", or 1 with --quick).")
  Double timeScale;

  @Option(
      names = "--write",
      paramLabel = "FILE",
      description =
          "The Markdown file whose generated section gets the table; the"
              + " rest of the file is kept ('-' for nowhere; default: docs/benchmarks.md for the full run, nowhere with --quick or --scale).")
  Path write;

  /** Where to write: --write, or {@code fallback} without it; '-' means nowhere. */
  private Path target(Path fallback) {
    Path chosen = write != null ? write : fallback;
    return chosen == null || "-".equals(chosen.toString()) ? null : chosen;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (all) {
      String command =
          "./stockbook bench --all"
              + (quick ? " --quick" : "")
              + (realWoo == null ? "" : " --real-woo " + realWoo)
              + " --seed "
              + seed;
      BenchAll.run(
          quick,
          seed,
          realWoo,
          target(quick ? null : Path.of("docs/benchmarks.md")),
          command,
          line -> {
            out.println(line);
            out.flush();
          });
      return 0;
    }
    if (dashboard) {
      String command = "./stockbook bench --dashboard" + (quick ? " --quick" : "");
      out.println(
          DashboardBench.run(quick, target(quick ? null : Path.of("docs/benchmarks.md")), command));
      out.flush();
      return 0;
    }
    if (latency) {
      out.println(Bench.latency(orders == null ? 100 : orders, seed));
      out.flush();
      return 0;
    }
    if (wooDelivery) {
      String command =
          "./stockbook bench --woo-delivery"
              + (quick ? " --quick" : "")
              + (realWoo == null ? "" : " --real-woo " + realWoo);
      out.println(
          DeliveryLatency.run(
              quick, realWoo, target(quick ? null : Path.of("docs/benchmarks.md")), command));
      out.flush();
      return 0;
    }
    if (scale) {
      String command =
          "./stockbook bench --scale"
              + (quick ? " --quick" : "")
              + (scaleDatabase == null ? "" : " --scale-database " + scaleDatabase);
      out.println(Bench.scale(quick, scaleDatabase, json, target(null), command));
      out.flush();
      return 0;
    }
    if (store != null && !store.isBlank() && !"woocommerce".equalsIgnoreCase(store)) {
      if (!"shopify".equalsIgnoreCase(store)) {
        spec.commandLine()
            .getErr()
            .println(
                "--store must be woocommerce (the main table) or shopify, was '" + store + "'");
        return 2;
      }
      String command =
          "./stockbook bench --store shopify" + (quick ? " --quick" : "") + " --seed " + seed;
      out.println(
          Bench.shopify(
              quick, seed, json, target(quick ? null : Path.of("docs/benchmarks.md")), command));
      out.flush();
      return 0;
    }
    String command =
        "./stockbook bench"
            + (quick ? " --quick" : "")
            + (orders != null ? " --orders " + orders : "")
            + (timeScale != null ? " --time-scale " + timeScale : "")
            + " --seed "
            + seed;
    out.println(
        Bench.run(
            quick,
            seed,
            orders,
            timeScale,
            json,
            target(quick ? null : Path.of("docs/benchmarks.md")),
            command));
    out.flush();
    return 0;
  }
}
