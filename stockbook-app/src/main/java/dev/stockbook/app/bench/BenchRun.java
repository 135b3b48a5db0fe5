package dev.stockbook.app.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.app.demo.DemoWorld;
import dev.stockbook.app.wiring.Governors;
import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.quickbooks.AccessTokenSource;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.sim.woocommerce.Shopper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** One benchmark: the real engine against both simulators with realistic latency and QuickBooks' limits. */
final class BenchRun {
  /** How big. */
  record Sizes(int catalog, int orders, int changes, int latencyOrders, int naiveOrders, long seed) {
    static Sizes quick(long seed) {
      return new Sizes(30, 60, 30, 20, 10, seed);
    }

    static Sizes full(long seed) {
      return new Sizes(200, 600, 200, 100, 40, seed);
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
   * The throughput rows (posting {@code throughputOrders} orders, and the naive baseline) come from
   * a world of their own on {@code scale}, after the other rows, so they neither change nor see them.
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
      realistic(world);
      postOrders(world);
      stockChanges(world, client);
      latency(world);
    }
    result.peakHeapBytes = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    try (DemoWorld world = DemoWorld.start(dir.resolve("throughput"), 0, 0)) {
      world.quickbooks().options().disableLimits();
      BenchSetup.catalog(world, client(world), sizes.catalog(), 1_000_000);
      world.engine().runCycle(true);
      Throughput.post(world, throughputOrders, scale, this::cart, result);
      naive(world);
    }
    return result;
  }

  private static void realistic(DemoWorld world) {
    Throughput.conditions(world, TimeScale.REAL);
  }

  private void postOrders(DemoWorld world) {
    for (int i = 0; i < sizes.orders(); i++) {
      world.woocommerce().shopper().placeOrder(cart());
    }
    drain(world, null);
  }

  private void stockChanges(DemoWorld world, QuickBooksClient client) {
    world.quickbooks().faults().clear(0);
    world.quickbooks().options().disableLimits();
    ObjectNode body = client.json().createObjectNode();
    body.putObject("AdjustAccountRef").put("value", client.query("select * from Account where Name = 'Cost of Goods Sold'").get(0).path("Id").asText());
    ArrayNode lines = body.putArray("Line");
    Map<String, String> ids = new HashMap<>();
    client.queryAll("select * from Item").forEach(i -> ids.put(i.path("Name").asText(), i.path("Id").asText()));
    for (int i = 0; i < sizes.changes(); i++) {
      ObjectNode d = lines.addObject().put("DetailType", "ItemAdjustmentLineDetail").putObject("ItemAdjustmentLineDetail");
      d.putObject("ItemRef").put("value", ids.get(BenchSetup.sku(i)));
      d.put("QtyDiff", 1 + random.nextInt(5));
    }
    client.create("InventoryAdjustment", body, UUID.randomUUID().toString());
    realistic(world);
    long before = world.woocommerce().journal().count(e -> e.path().startsWith("/wp-json"));
    CycleReport report = world.engine().runCycle(false);
    result.storeRequestsForChanges = world.woocommerce().journal().count(e -> e.path().startsWith("/wp-json")) - before;
    result.stockWrites = report.stockWritten();
  }

  private void latency(DemoWorld world) throws InterruptedException {
    Map<String, Instant> placed = new HashMap<>();
    List<CycleReport> cycles = new ArrayList<>();
    Thread shoppers = new Thread(() -> {
      for (int i = 0; i < sizes.latencyOrders(); i++) {
        long id = world.woocommerce().shopper().placeOrder(cart());
        synchronized (placed) {
          placed.put(String.valueOf(id), Instant.now());
        }
        pause(400 + random.nextInt(800));
      }
    }, "bench-shoppers");
    shoppers.start();
    while (shoppers.isAlive()) {
      cycles.add(world.engine().runCycle(false));
    }
    drain(world, cycles);
    for (Map.Entry<String, Instant> e : placed.entrySet()) {
      TrackedOrder t = world.wiring().state().orders().find(DemoWorld.CONNECTION, e.getKey()).orElseThrow();
      if (t.postedAt() == null) {
        continue;
      }
      result.toPosted.add(Duration.between(e.getValue(), t.postedAt()).toMillis());
      cycles.stream().filter(c -> !c.finishedAt().isBefore(t.postedAt())).findFirst()
          .ifPresent(c -> result.toStock.add(Duration.between(e.getValue(), c.finishedAt()).toMillis()));
    }
  }

  private void naive(DemoWorld world) {
    Throughput.conditions(world, scale);
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

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
