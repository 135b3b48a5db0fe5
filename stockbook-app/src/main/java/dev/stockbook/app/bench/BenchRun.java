package dev.stockbook.app.bench;

import dev.stockbook.app.demo.DemoWorld;
import dev.stockbook.app.wiring.Governors;
import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.quickbooks.AccessTokenSource;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.sim.common.Fault;
import dev.stockbook.sim.common.FaultPlan;
import dev.stockbook.sim.woocommerce.Shopper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** One benchmark: the real engine against both simulators with realistic latency and QuickBooks' limits. */
final class BenchRun {
  /** How big. */
  record Sizes(int catalog, int orders, int changes, int latencyOrders, int naiveOrders, long seed) {
    static Sizes quick(long seed) {
      return new Sizes(30, 60, 30, 8, 10, seed);
    }

    static Sizes full(long seed) {
      return new Sizes(200, 600, 1000, 100, 40, seed);
    }
  }

  private final Sizes sizes;
  private final Random random;
  private final BenchResult result = new BenchResult();

  BenchRun(Sizes sizes) {
    this.sizes = sizes;
    this.random = new Random(sizes.seed());
  }

  BenchResult run(Path dir) throws Exception {
    result.sizes = sizes;
    try (DemoWorld world = DemoWorld.start(dir, 0, 0)) {
      world.quickbooks().options().disableLimits();
      QuickBooksClient client = client(world);
      BenchSetup.catalog(world, client, sizes.catalog(), 1_000_000);
      world.engine().runCycle(true);
      realistic(world);
      postOrders(world);
      stockChanges(world, client);
      naive(world, client);
    }
    WebhookLatency latency = new WebhookLatency(sizes.catalog(), sizes.latencyOrders(), sizes.seed());
    result.withWebhooks = latency.run(dir, true);
    result.pollingOnly = latency.run(dir, false);
    result.peakHeapBytes = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return result;
  }

  private static void realistic(DemoWorld world) {
    world.quickbooks().faults().add(new FaultPlan.Rule("*", "/v3/company/.*", Fault.latency(Duration.ofMillis(150)), 1.0, -1));
    world.woocommerce().latency(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(1));
    world.quickbooks().options().enableLimits();
  }

  private void postOrders(DemoWorld world) {
    for (int i = 0; i < sizes.orders(); i++) {
      world.woocommerce().shopper().placeOrder(cart());
    }
    long before = qbRequests(world);
    long started = System.nanoTime();
    drain(world, null);
    result.postSeconds = (System.nanoTime() - started) / 1e9;
    result.qbRequestsForOrders = qbRequests(world) - before;
  }

  /** Store requests of publishing {@code changes} changed SKUs, attributed by path (see {@link StoreRequestCount}). */
  private void stockChanges(DemoWorld world, QuickBooksClient client) throws Exception {
    world.quickbooks().faults().clear(0);
    world.quickbooks().options().disableLimits();
    world.woocommerce().latency(Duration.ZERO, Duration.ZERO, Duration.ZERO);
    StoreRequestCount.Counted counted = StoreRequestCount.measure(world, client, sizes.changes(), random, () -> realistic(world));
    result.storeRequestsForChanges = counted.publishing();
    result.stockWrites = counted.written();
    result.storeBreakdown = counted.breakdown();
  }

  private void naive(DemoWorld world, QuickBooksClient client) {
    long before = qbRequests(world);
    long started = System.nanoTime();
    NaiveBaseline.post(client, sizes.naiveOrders(), List.of(BenchSetup.sku(0), BenchSetup.sku(1)));
    result.naiveSeconds = (System.nanoTime() - started) / 1e9;
    result.naiveRequests = qbRequests(world) - before;
  }

  private void drain(DemoWorld world, List<CycleReport> cycles) {
    for (int i = 0; i < 200; i++) {
      CycleReport r = world.engine().runCycle(false);
      if (cycles != null) {
        cycles.add(r);
      }
      if (world.wiring().state().orders().inStates(DemoWorld.CONNECTION, EnumSet.of(OrderState.WAITING)).isEmpty()) {
        return;
      }
    }
  }

  private List<Shopper.Line> cart() {
    int a = random.nextInt(sizes.catalog());
    int b = (a + 1 + random.nextInt(sizes.catalog() - 1)) % sizes.catalog();
    return List.of(new Shopper.Line(BenchSetup.sku(a), 1 + random.nextInt(2)), new Shopper.Line(BenchSetup.sku(b), 1));
  }

  private static long qbRequests(DemoWorld world) {
    return world.quickbooks().journal().count(e -> e.path().startsWith("/v3/company"));
  }

  private static QuickBooksClient client(DemoWorld world) {
    var qb = world.quickbooks();
    return QuickBooksClient.builder().baseUrl(qb.baseUrl().toString()).realmId(qb.realmId())
        .tokens(AccessTokenSource.fixed(qb.issueTokens().accessToken()))
        .governor(Governors.forCompany(qb.baseUrl().toString(), qb.realmId())).build();
  }
}
