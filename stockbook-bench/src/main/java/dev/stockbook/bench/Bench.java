package dev.stockbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs a benchmark and writes its table (with the command and the machine) into its section of a
 * Markdown file.
 */
public final class Bench {
  private Bench() {}

  /** The full run's time scale: 10,000 orders, 20 minutes under QuickBooks' limits, in about 2. */
  public static final double FULL_TIME_SCALE = 10;

  /** Orders the full run posts for the throughput rows. */
  public static final int FULL_ORDERS = 10_000;

  /** Returns what to print: the table, or JSON. */
  public static String run(boolean quick, long seed, boolean json, Path write, String command)
      throws Exception {
    return run(quick, seed, null, null, json, write, command);
  }

  /**
   * {@code orders} and {@code timeScale} override the size's order count and the time scale
   * (default: 1 for {@code --quick}, {@link #FULL_TIME_SCALE} otherwise) when not null.
   */
  public static String run(
      boolean quick,
      long seed,
      Integer orders,
      Double timeScale,
      boolean json,
      Path write,
      String command)
      throws Exception {
    Path dir = Files.createTempDirectory("stockbook-bench");
    BenchRun.Sizes sizes = quick ? BenchRun.Sizes.quick(seed) : BenchRun.Sizes.full(seed);
    int posted = orders != null ? orders : quick ? sizes.orders() : FULL_ORDERS;
    if (posted < 1) {
      throw new IllegalArgumentException("--orders must be at least 1, was " + posted);
    }
    TimeScale scale = new TimeScale(timeScale != null ? timeScale : quick ? 1 : FULL_TIME_SCALE);
    BenchResult result = new BenchRun(sizes, posted, scale).run(dir);
    String doc =
        "Written by `"
            + command
            + "` on "
            + LocalDate.now()
            + ", "
            + machine()
            + ".\n\n"
            + "Catalog "
            + sizes.catalog()
            + " SKUs, seed "
            + sizes.seed()
            + "; "
            + posted
            + " orders of two lines for the QuickBooks requests and time-to-post rows (in a world of their own), "
            + sizes.changes()
            + " stock changes, "
            + sizes.latencyOrders()
            + " orders each way for the latency rows. QuickBooks simulator: 150 ms per request, its real limits "
            + "(500/min, 10/s, 10 in flight, 40 batches/min; batch items metered). WooCommerce simulator: reads 200 ms, writes and batches 1 s.\n"
            + scaleNote(scale)
            + "\n"
            + result.markdown();
    if (write != null) {
      BenchDoc.writeSection(write, BenchDoc.MAIN, doc);
    }
    return json ? result.json().toPrettyString() : doc;
  }

  /**
   * Only the WooCommerce latency rows ({@code bench --latency}), {@code orders} each way on the
   * full run's catalog: for working on the latency without the rest of the run.
   */
  public static String latency(int orders, long seed) throws Exception {
    Path dir = Files.createTempDirectory("stockbook-bench-latency");
    WebhookLatency latency = new WebhookLatency(BenchRun.Sizes.full(seed).catalog(), orders, seed);
    WebhookLatency.Samples webhooks = latency.run(dir, true);
    WebhookLatency.Samples polling = latency.run(dir, false);
    WebhookLatency.Samples quiet =
        new WebhookLatency(
                BenchRun.Sizes.full(seed).catalog(),
                orders,
                seed,
                LatencyStores.WOOCOMMERCE,
                WebhookLatency.Pace.QUIET)
            .run(Files.createDirectories(dir.resolve("quiet")), true);
    return "| Order placed → | with prompt webhooks | polling only | prompt webhooks, orders 2–4 s"
        + " apart |\n|---|---|---|---|\n"
        + "| posted, p50 / p95 / p99 | "
        + BenchResult.pct(webhooks.toPosted())
        + " | "
        + BenchResult.pct(polling.toPosted())
        + " | "
        + BenchResult.pct(quiet.toPosted())
        + " |\n| other store's stock updated, p50 / p95 / p99 | "
        + BenchResult.pct(webhooks.toStore())
        + " | "
        + BenchResult.pct(polling.toStore())
        + " | "
        + BenchResult.pct(quiet.toStore())
        + " |\n";
  }

  /**
   * Only the Shopify rows ({@code bench --store shopify}): requests and cost points per 1,000 stock
   * changes, the time to publish 10,000 (1,000 with {@code quick}) on the Standard plan, and the
   * latency rows through {@code serve} with two Shopify stores.
   */
  public static String shopify(boolean quick, long seed, boolean json, Path write, String command)
      throws Exception {
    Path dir = Files.createTempDirectory("stockbook-bench-shopify");
    int changes = quick ? 250 : 1_000;
    int publish = quick ? 500 : 10_000;
    int latencyOrders = quick ? 8 : 100;
    int catalog = quick ? 30 : 200;
    long started = System.nanoTime();
    ShopifyBenchResult result = new ShopifyBenchResult();
    ShopifyBench bench = new ShopifyBench(seed);
    result.changes = bench.changes(dir.resolve("changes"), changes);
    result.publish = bench.publish(dir.resolve("publish"), publish);
    WebhookLatency latency =
        new WebhookLatency(catalog, latencyOrders, seed, LatencyStores.SHOPIFY);
    try {
      result.withWebhooks = latency.run(dir, true);
    } catch (IllegalStateException e) {
      result.webhooksProblem = e.getMessage();
    }
    try {
      result.pollingOnly = latency.run(dir, false);
    } catch (IllegalStateException e) {
      result.pollingProblem = e.getMessage();
    }
    String doc =
        "Written by `"
            + command
            + "` on "
            + LocalDate.now()
            + ", "
            + machine()
            + ", in "
            + Math.round((System.nanoTime() - started) / 1e9)
            + " s.\n\n"
            + "Shopify simulator on the Standard plan (a 2,000-point bucket restoring 100 points/s; cost"
            + " points as its `extensions.cost` charged them), the real Shopify connector, QuickBooks limits"
            + " off for the stock rows (not what they measure). Stock rows: "
            + changes
            + " SKUs of their own moved by"
            + " QuickBooks inventory adjustments, one cycle counted (after a control cycle without a change);"
            + " "
            + publish
            + " SKUs for the time row, cycles run back to back until one writes nothing more. Latency rows: "
            + catalog
            + " SKUs, "
            + latencyOrders
            + " orders each way, `serve` with two Shopify stores on one QuickBooks company (QuickBooks 150 ms"
            + " per request under its real limits; Shopify 200 ms per request), as the WooCommerce rows.\n\n"
            + result.markdown();
    if (write != null) {
      BenchDoc.writeSection(write, BenchDoc.SHOPIFY, doc);
    }
    return json ? result.json().toPrettyString() : doc;
  }

  private static String scaleNote(TimeScale scale) {
    if (scale.k() == 1) {
      return "";
    }
    String k = Throughput.k(scale);
    return "Stockbook's time to post ran at time scale "
        + k
        + ": the QuickBooks simulator's throttle windows, "
        + "both simulators' latencies and the engine's rate governor's clock divided by "
        + k
        + ", limit counts and the 10 in "
        + "flight unchanged. Seconds shown are real-equivalent: the posting measured × "
        + k
        + ", Stockbook's own work before the "
        + "first batch (reading and preparing the orders, which the scale does not shorten) counted once. The naive"
        + " baseline, the latency and the stock rows ran in real time.\n";
  }

  /**
   * Only the scale measures ({@code bench --scale}): 100,000 SKUs and 1,000,000 orders on SQLite
   * and PostgreSQL, or with {@code quick} 2,000 SKUs and 20,000 orders on SQLite.
   */
  public static String scale(
      boolean quick, String database, boolean json, Path write, String command) throws Exception {
    Path dir = Files.createTempDirectory("stockbook-bench-scale");
    ScaleBench.Sizes sizes = quick ? ScaleBench.Sizes.quick() : ScaleBench.Sizes.full();
    sizes = database == null ? sizes : sizes.only(database);
    long started = System.nanoTime();
    List<ScaleBench.Outcome> outcomes = ScaleBench.run(sizes, dir);
    String doc =
        "Written by `"
            + command
            + "` on "
            + LocalDate.now()
            + ", "
            + machine()
            + ", in "
            + Math.round((System.nanoTime() - started) / 1e9)
            + " s.\n"
            + sizes.newOrders()
            + " new orders of two lines posted, then a full stock"
            + " comparison, by the engine in its own JVM (-Xmx"
            + ScaleBench.HEAP_LIMIT
            + "); simulators in another JVM, QuickBooks limits off.\n\n"
            + ScaleBench.markdown(outcomes);
    if (write != null) {
      BenchDoc.writeSection(
          write, database == null ? BenchDoc.SCALE : BenchDoc.SCALE + "-" + database, doc);
    }
    return json ? ScaleBench.json(outcomes).toPrettyString() : doc;
  }

  static String machine() {
    Runtime rt = Runtime.getRuntime();
    return System.getProperty("os.name")
        + " "
        + System.getProperty("os.arch")
        + ", "
        + rt.availableProcessors()
        + " cores, Java "
        + System.getProperty("java.version")
        + ", max heap "
        + (rt.maxMemory() >> 20)
        + " MiB";
  }
}
