package dev.stockbook.bench;

import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.quickbooks.AccessTokenSource;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.sim.woocommerce.Shopper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/**
 * One benchmark: the real engine against both simulators with realistic latency and QuickBooks'
 * limits.
 */
final class BenchRun {
  /** How big. */
  record Sizes(
      int catalog,
      int orders,
      int changes,
      int latencyOrders,
      int quietOrders,
      int naiveOrders,
      long seed) {
    static Sizes quick(long seed) {
      return new Sizes(30, 60, 30, 8, 4, 10, seed);
    }

    static Sizes full(long seed) {
      return new Sizes(200, 600, 1000, 100, 50, 40, seed);
    }
  }

  private final Sizes sizes;
  private final int throughputOrders;
  private final TimeScale scale;
  private final Random random;
  private final BenchResult result = new BenchResult();

  BenchRun(Sizes sizes) {
    this(sizes, sizes.orders(), TimeScale.REAL);
  }

  /**
   * The throughput rows (posting {@code throughputOrders} orders) come from a world of their own on
   * {@code scale}, after the other rows, so they neither change nor see them; the naive baseline
   * has another, in real time.
   */
  BenchRun(Sizes sizes, int throughputOrders, TimeScale scale) {
    this.sizes = sizes;
    this.throughputOrders = throughputOrders;
    this.scale = scale;
    this.random = new Random(sizes.seed());
  }

  BenchResult run(Path dir) throws Exception {
    result.sizes = sizes;
    result.timeScale = scale;
    try (DemoWorld world = DemoWorld.start(dir, 0, 0)) {
      world.quickbooks().options().disableLimits();
      QuickBooksClient client = client(world);
      BenchSetup.catalog(world, client, sizes.catalog(), 1_000_000);
      world.engine().runCycle(true);
      stockChanges(world, client);
    }
    WebhookLatency latency =
        new WebhookLatency(sizes.catalog(), sizes.latencyOrders(), sizes.seed());
    result.withWebhooks = latency.run(dir, true);
    result.pollingOnly = latency.run(dir, false);
    result.quietWithWebhooks =
        new WebhookLatency(
                sizes.catalog(),
                sizes.quietOrders(),
                sizes.seed(),
                LatencyStores.WOOCOMMERCE,
                WebhookLatency.Pace.QUIET)
            .run(java.nio.file.Files.createDirectories(dir.resolve("quiet")), true);
    result.peakHeapBytes =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    try (DemoWorld world = DemoWorld.start(dir.resolve("throughput"), 0, 0)) {
      world.quickbooks().options().disableLimits();
      BenchSetup.catalog(world, client(world), sizes.catalog(), 1_000_000);
      world.engine().runCycle(true);
      Throughput.post(world, throughputOrders, scale, this::cart, result);
    }
    try (DemoWorld world = DemoWorld.start(dir.resolve("naive"), 0, 0)) {
      world.quickbooks().options().disableLimits();
      BenchSetup.catalog(world, client(world), sizes.catalog(), 1_000_000);
      naive(world);
    }
    return result;
  }

  private static void realistic(DemoWorld world) {
    Throughput.conditions(world, TimeScale.REAL);
  }

  /**
   * Store requests of publishing {@code changes} changed SKUs, attributed by path (see {@link
   * StoreRequestCount}).
   */
  private void stockChanges(DemoWorld world, QuickBooksClient client) throws Exception {
    world.quickbooks().faults().clear(0);
    world.quickbooks().options().disableLimits();
    world.woocommerce().latency(Duration.ZERO, Duration.ZERO, Duration.ZERO);
    StoreRequestCount.Counted counted =
        StoreRequestCount.measure(world, client, sizes.changes(), random, () -> realistic(world));
    result.storeRequestsForChanges = counted.publishing();
    result.stockWrites = counted.written();
    result.storeBreakdown = counted.breakdown();
  }

  /**
   * The naive baseline in a fresh world at time scale 1, whatever the throughput rows ran at: its
   * own work between requests (building each request, parsing each answer) is not shortened by a
   * scale, so measuring it scaled and multiplying by the scale would overstate it.
   */
  private void naive(DemoWorld world) {
    Throughput.conditions(world, TimeScale.REAL);
    QuickBooksClient client = client(world);
    long before = qbRequests(world);
    long started = System.nanoTime();
    NaiveBaseline.post(client, sizes.naiveOrders(), List.of(BenchSetup.sku(0), BenchSetup.sku(1)));
    result.naiveSeconds = (System.nanoTime() - started) / 1e9;
    result.naiveRequests = qbRequests(world) - before;
  }

  static void drain(DemoWorld world, List<CycleReport> cycles) {
    for (int i = 0; i < 200; i++) {
      CycleReport r = world.engine().runCycle(false);
      if (cycles != null) {
        cycles.add(r);
      }
      if (world
          .wiring()
          .state()
          .orders()
          .inStates(DemoWorld.CONNECTION, EnumSet.of(OrderState.WAITING))
          .isEmpty()) {
        return;
      }
    }
  }

  private List<Shopper.Line> cart() {
    int a = random.nextInt(sizes.catalog());
    int b = (a + 1 + random.nextInt(sizes.catalog() - 1)) % sizes.catalog();
    return List.of(
        new Shopper.Line(BenchSetup.sku(a), 1 + random.nextInt(2)),
        new Shopper.Line(BenchSetup.sku(b), 1));
  }

  private static long qbRequests(DemoWorld world) {
    return world.quickbooks().journal().count(e -> e.path().startsWith("/v3/company"));
  }

  private static QuickBooksClient client(DemoWorld world) {
    var qb = world.quickbooks();
    return QuickBooksClient.builder()
        .baseUrl(qb.baseUrl().toString())
        .realmId(qb.realmId())
        .tokens(AccessTokenSource.fixed(qb.issueTokens().accessToken()))
        .governor(world.wiring().governors().forCompany(qb.baseUrl().toString(), qb.realmId()))
        .build();
  }
}
