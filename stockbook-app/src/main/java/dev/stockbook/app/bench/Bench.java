package dev.stockbook.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Runs a benchmark and writes its table (with the command and the machine) to a Markdown file. */
public final class Bench {
  private Bench() {}

  /** Returns what to print: the table, or JSON. */
  public static String run(boolean quick, long seed, boolean json, Path write, String command) throws Exception {
    Path dir = Files.createTempDirectory("stockbook-bench");
    BenchRun.Sizes sizes = quick ? BenchRun.Sizes.quick(seed) : BenchRun.Sizes.full(seed);
    BenchResult result = new BenchRun(sizes).run(dir);
    result.scale = quick ? List.of() : ScaleBench.run(ScaleBench.Sizes.full(), dir);
    String doc = "# Benchmarks\n\nWritten by `" + command + "` on " + LocalDate.now() + ", " + machine() + ".\n\n"
        + "Catalog " + sizes.catalog() + " SKUs, " + sizes.orders() + " orders of two lines, " + sizes.changes()
        + " stock changes, seed " + sizes.seed() + ". QuickBooks simulator: 150 ms per request, its real limits "
        + "(500/min, 10/s, 10 in flight, 40 batches/min). WooCommerce simulator: reads 200 ms, writes and batches 1 s.\n\n"
        + result.markdown();
    if (write != null) {
      if (write.toAbsolutePath().getParent() != null) {
        Files.createDirectories(write.toAbsolutePath().getParent());
      }
      Files.writeString(write, doc);
    }
    return json ? result.json().toPrettyString() : doc;
  }

  /**
   * Only the scale measures ({@code bench --scale}): 100,000 SKUs and 1,000,000 orders on SQLite and
   * PostgreSQL, or with {@code quick} 2,000 SKUs and 20,000 orders on SQLite.
   */
  public static String scale(boolean quick, String database, boolean json, Path write, String command) throws Exception {
    Path dir = Files.createTempDirectory("stockbook-bench-scale");
    ScaleBench.Sizes sizes = quick ? ScaleBench.Sizes.quick() : ScaleBench.Sizes.full();
    sizes = database == null ? sizes : sizes.only(database);
    long started = System.nanoTime();
    List<ScaleBench.Outcome> outcomes = ScaleBench.run(sizes, dir);
    String doc = "# Scale benchmark\n\nWritten by `" + command + "` on " + LocalDate.now() + ", " + machine() + ", in "
        + Math.round((System.nanoTime() - started) / 1e9) + " s.\n" + sizes.newOrders() + " new orders of two lines posted, then a full stock"
        + " comparison, by the engine in its own JVM (-Xmx" + ScaleBench.HEAP_LIMIT + "); simulators in another JVM, QuickBooks limits off.\n\n"
        + ScaleBench.markdown(outcomes);
    if (write != null) {
      if (write.toAbsolutePath().getParent() != null) {
        Files.createDirectories(write.toAbsolutePath().getParent());
      }
      Files.writeString(write, doc);
    }
    return json ? ScaleBench.json(outcomes).toPrettyString() : doc;
  }

  static String machine() {
    Runtime rt = Runtime.getRuntime();
    return System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", " + rt.availableProcessors() + " cores, Java "
        + System.getProperty("java.version") + ", max heap " + (rt.maxMemory() >> 20) + " MiB";
  }
}
