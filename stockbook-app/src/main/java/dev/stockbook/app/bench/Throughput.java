package dev.stockbook.app.bench;

import dev.stockbook.app.demo.DemoWorld;
import dev.stockbook.app.wiring.Governors;
import dev.stockbook.core.engine.RateGovernor;
import dev.stockbook.sim.common.Fault;
import dev.stockbook.sim.common.FaultPlan;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * The throughput part of the bench: the conditions it runs under (QuickBooks' limits and
 * latencies, compressed by a {@link TimeScale}) and the bounds QuickBooks' limits set on posting.
 *
 * <p>Two readings of the limits (reference §1.5, §1.11): each batch item metered like a request
 * against 500 a minute (Intuit's batch tutorial; the simulator's default and what the bench
 * measures), which allows 500 documents a minute; or a batch counted as one request, which
 * leaves 40 batches of 30 a minute, 1,200 documents.
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
  static Meter conditions(DemoWorld world, TimeScale scale) {
    var qb = world.quickbooks();
    qb.faults().clear(0);
    qb.faults().add(new FaultPlan.Rule("*", "/v3/company/.*", Fault.latency(scale.shrink(QUICKBOOKS_LATENCY)), 1.0, -1));
    world.woocommerce().latency(scale.shrink(STORE_READ), scale.shrink(STORE_WRITE), scale.shrink(STORE_WRITE));
    qb.options().meterBatchItems(true).timeScale(scale.k()).enableLimits();
    Meter meter = new Meter(scale);
    RateGovernor.Sleeper base = scale.k() == 1 ? RateGovernor.Sleeper.REAL : TimeScale::sleepPrecisely;
    RateGovernor governor = scale.governor(Clock.systemUTC(), d -> {
      long from = System.nanoTime();
      try {
        base.sleep(d);
      } finally {
        meter.governorSlept.add(System.nanoTime() - from);
      }
    });
    Governors.use(qb.baseUrl().toString(), qb.realmId(), governor);
    return meter;
  }

  /**
   * How much of a phase's wall time was spent in scaled waits: the governor's sleeps (measured)
   * and the simulators' latencies (as set, one request at a time: the engine sends sequentially).
   * The rest is the process's own work (engine, SQLite, simulators' handling), which the scale
   * does not shorten: multiplying it by k overstates it, counting it once understates the time
   * when the governor would have hidden it in its waits. The two bracket the real run.
   */
  static final class Meter {
    private final TimeScale scale;
    private final LongAdder governorSlept = new LongAdder();

    Meter(TimeScale scale) {
      this.scale = scale;
    }

    /** Marks the start of a measured phase. */
    Phase start(DemoWorld world) {
      return new Phase(this, governorSlept.sum(), counts(world));
    }

    private static long[] counts(DemoWorld world) {
      return new long[] {
          world.quickbooks().journal().count(e -> e.path().startsWith("/v3/company")),
          world.woocommerce().journal().count(e -> e.path().startsWith("/wp-json") && "GET".equals(e.method())),
          world.woocommerce().journal().count(e -> e.path().startsWith("/wp-json") && !"GET".equals(e.method()))};
    }
  }

  /** A measured phase: {@link #waitedSeconds} once it is over. */
  record Phase(Meter meter, long sleptBefore, long[] countsBefore) {
    double waitedSeconds(DemoWorld world) {
      long[] now = Meter.counts(world);
      TimeScale scale = meter.scale;
      double latency = (now[0] - countsBefore[0]) * seconds(scale.shrink(QUICKBOOKS_LATENCY))
          + (now[1] - countsBefore[1]) * seconds(scale.shrink(STORE_READ))
          + (now[2] - countsBefore[2]) * seconds(scale.shrink(STORE_WRITE));
      return (meter.governorSlept.sum() - sleptBefore) / 1e9 + latency;
    }

    private static double seconds(Duration d) {
      return d.toNanos() / 1e9;
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

  /** The Stockbook cell of the time-to-post row. */
  static String timeCell(double measuredSeconds, double waitedSeconds, TimeScale scale) {
    if (scale.k() == 1) {
      return f(measuredSeconds) + " s";
    }
    double own = Math.max(0, measuredSeconds - waitedSeconds);
    return f(scale.realEquivalent(measuredSeconds)) + " s real-equivalent (" + f(measuredSeconds) + " s at time scale " + k(scale)
        + " × " + k(scale) + "; " + f(own) + " s of it the process's own work, unscaled: " + f(ownOnce(measuredSeconds, waitedSeconds, scale))
        + " s counting it once)";
  }

  /** Real-equivalent seconds with only the scaled waits multiplied by k. */
  static double ownOnce(double measuredSeconds, double waitedSeconds, TimeScale scale) {
    double waited = Math.min(measuredSeconds, waitedSeconds);
    return measuredSeconds - waited + scale.realEquivalent(waited);
  }

  /** The bound cell of the time-to-post row: the one that applies, then the other reading's. */
  static String boundCell(int orders) {
    return f(boundSeconds(orders)) + " s (500 documents/min: batch items metered); " + f(boundSecondsBatchAsOne(orders))
        + " s if a batch counted as one request (40 batches of 30/min)";
  }

  static String k(TimeScale scale) {
    return scale.k() == Math.rint(scale.k()) ? String.valueOf((long) scale.k()) : String.valueOf(scale.k());
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
