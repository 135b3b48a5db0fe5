package dev.stockbook.bench;

import dev.stockbook.core.engine.Sleeper;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.quickbooks.RateGovernor;
import dev.stockbook.sim.common.Fault;
import dev.stockbook.sim.common.FaultPlan;
import dev.stockbook.sim.common.Journal;
import dev.stockbook.sim.woocommerce.Shopper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The throughput part of the bench: the conditions it runs under (QuickBooks' limits and latencies,
 * compressed by a {@link TimeScale}) and the bounds QuickBooks' limits set on posting.
 *
 * <p>Two readings of the limits (reference §1.5, §1.11): each batch item metered like a request
 * against 500 a minute (Intuit's batch tutorial; the simulator's default and what the bench
 * measures), which allows 500 documents a minute; or a batch counted as one request, which leaves
 * 40 batches of 30 a minute, 1,200 documents.
 */
final class Throughput {
  static final Duration QUICKBOOKS_LATENCY = Duration.ofMillis(150);
  static final Duration STORE_READ = Duration.ofMillis(200);
  static final Duration STORE_WRITE = Duration.ofSeconds(1);
  static final int PER_MINUTE = RateGovernor.Limits.QUICKBOOKS.perMinute();
  static final int BATCHES_PER_MINUTE = RateGovernor.Limits.QUICKBOOKS.batchesPerMinute();
  static final int BATCH_SIZE = 30;

  private Throughput() {}

  /**
   * Puts both simulators and the engine's governor under realistic conditions on {@code scale}:
   * QuickBooks answering in 150 ms/k under its limits on windows of 1/k, WooCommerce reads 200 ms/k
   * and writes 1 s/k, and a new governor for the company (clients built afterwards use it).
   */
  static void conditions(DemoWorld world, TimeScale scale) {
    var qb = world.quickbooks();
    qb.faults().clear(0);
    qb.faults()
        .add(
            new FaultPlan.Rule(
                "*", "/v3/company/.*", Fault.latency(scale.shrink(QUICKBOOKS_LATENCY)), 1.0, -1));
    world
        .woocommerce()
        .latency(scale.shrink(STORE_READ), scale.shrink(STORE_WRITE), scale.shrink(STORE_WRITE));
    qb.options().meterBatchItems(true).timeScale(scale.k()).enableLimits();
    RateGovernor governor =
        scale.k() == 1
            ? new RateGovernor(RateGovernor.Limits.QUICKBOOKS, Clock.systemUTC(), Sleeper.REAL)
            : scale.governor();
    world.wiring().governors().use(qb.baseUrl().toString(), qb.realmId(), governor);
  }

  /**
   * Places {@code orders} orders in the store (not measured), then measures the engine posting them
   * all under {@link #conditions} on {@code scale}, into {@code result}.
   */
  static void post(
      DemoWorld world,
      int orders,
      TimeScale scale,
      Supplier<List<Shopper.Line>> cart,
      BenchResult result) {
    for (int i = 0; i < orders; i++) {
      world.woocommerce().shopper().placeOrder(cart.get());
    }
    conditions(world, scale);
    int qbBefore = world.quickbooks().journal().entries().size();
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    BenchRun.drain(world, null);
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<Journal.Entry> qb = world.quickbooks().journal().entries();
    List<Journal.Entry> sent =
        qb.subList(qbBefore, qb.size()).stream()
            .filter(e -> e.path().startsWith("/v3/company"))
            .toList();
    Instant firstBatch =
        sent.stream()
            .filter(e -> e.path().endsWith("/batch"))
            .map(Journal.Entry::at)
            .findFirst()
            .orElse(null);
    double intake =
        firstBatch == null
            ? seconds
            : Math.min(seconds, Duration.between(started, firstBatch).toNanos() / 1e9);
    long storeReads =
        firstBatch == null
            ? 0
            : world
                .woocommerce()
                .journal()
                .count(
                    e ->
                        e.path().startsWith("/wp-json")
                            && "GET".equals(e.method())
                            && !e.at().isBefore(started)
                            && e.at().isBefore(firstBatch));
    // Posting ends when QuickBooks answered the last batch; the stock publishing the same cycle
    // does after it (change feed, item reads) is not posting, and as the engine's own work it
    // would be multiplied by the time scale.
    double posted =
        sent.stream()
            .filter(e -> e.method().equals("POST") && !e.path().endsWith("/query"))
            .map(e -> e.at().plusMillis(e.latencyMillis()))
            .max(Instant::compareTo)
            .map(last -> Math.min(seconds, Duration.between(started, last).toNanos() / 1e9))
            .orElse(seconds);
    result.ordersPosted = orders;
    result.postSeconds = posted;
    result.qbRequestsForOrders = sent.size();
    result.postSplit =
        new Split(posted, intake, storeReads * scale.shrink(STORE_READ).toNanos() / 1e9);
  }

  /**
   * A posting run split where the first batch went to QuickBooks. Before it, the engine reads the
   * orders from the store and writes and prepares them: its own work (SQLite, JSON), which the time
   * scale does not shorten, plus store reads. From it on, the limits pace the batches (the governor
   * sleeps between them) and the engine's work hides in those waits. So the real-equivalent counts
   * the first part once (its store reads × k) and multiplies the second by k. Multiplying
   * everything by k would count the engine's own work k times.
   *
   * @param measuredSeconds wall time until QuickBooks answered the last document
   * @param intakeSeconds wall time until the first batch was sent
   * @param intakeStoreWaitSeconds simulated store latency within the intake
   */
  record Split(double measuredSeconds, double intakeSeconds, double intakeStoreWaitSeconds) {
    double postingSeconds() {
      return Math.max(0, measuredSeconds - intakeSeconds);
    }

    double realEquivalent(TimeScale scale) {
      return intakeSeconds
          + (scale.k() - 1) * intakeStoreWaitSeconds
          + scale.realEquivalent(postingSeconds());
    }

    /** The Stockbook cell of the time-to-post row. */
    String cell(TimeScale scale) {
      if (scale.k() == 1) {
        return f(measuredSeconds) + " s";
      }
      String k = k(scale);
      return f(realEquivalent(scale))
          + " s real-equivalent: "
          + f(intakeSeconds)
          + " s reading and preparing the orders (own work, "
          + "counted once) + "
          + f(postingSeconds())
          + " s × "
          + k
          + " posting at time scale "
          + k
          + " ("
          + f(scale.realEquivalent(measuredSeconds))
          + " s if all were × "
          + k
          + ")";
    }
  }

  /** The fastest {@code orders} documents can be posted with batch items metered: 500 a minute. */
  static double boundSeconds(int orders) {
    return orders * 60.0 / PER_MINUTE;
  }

  /** The same if a batch counted as one request: 40 batches of 30 a minute. */
  static double boundSecondsBatchAsOne(int orders) {
    return Math.ceil(orders / (double) BATCH_SIZE) * 60.0 / BATCHES_PER_MINUTE;
  }

  /** The bound cell of the time-to-post row: the one that applies, then the other reading's. */
  static String boundCell(int orders) {
    return f(boundSeconds(orders))
        + " s (500 documents/min: batch items metered); "
        + f(boundSecondsBatchAsOne(orders))
        + " s if a batch counted as one request (40 batches of 30/min)";
  }

  static String k(TimeScale scale) {
    return scale.k() == Math.rint(scale.k())
        ? String.valueOf((long) scale.k())
        : String.valueOf(scale.k());
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
