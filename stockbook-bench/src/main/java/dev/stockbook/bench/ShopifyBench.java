package dev.stockbook.bench;

import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.demo.DemoStore;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.demo.ShopifyDemoStore;
import dev.stockbook.quickbooks.AccessTokenSource;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.shopify.CostLog;
import dev.stockbook.sim.shopify.Plan;
import dev.stockbook.sim.shopify.ShopifySimulator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Stock publishing to Shopify, counted in requests and in the calculated cost points Shopify's
 * leaky bucket charges (from the simulator's {@link CostLog}), against the bound of
 * ceil(changes/250) {@code inventorySetQuantities} mutations of 10 points each; and the time to
 * publish a large change on the Standard plan (100 points/s restored, a 2,000-point bucket), where
 * the bucket, not the network, sets the pace.
 */
final class ShopifyBench {
  /** Quantities per inventorySetQuantities call (Shopify's input array limit). */
  static final int PER_MUTATION = 250;

  /** Points of one mutation (Shopify's calculated cost of a mutation). */
  static final int MUTATION_POINTS = 10;

  private static final Set<String> STOCK_READS = Set.of("productVariants", "nodes", "locations");
  private static final Duration AGO = Duration.ofHours(3);
  private static final long QUANTITY = 1_000;

  /** What one measured cycle (or run of cycles) cost on Shopify. */
  record Spend(
      int changes,
      int written,
      int writes,
      int writePoints,
      int reads,
      int readPoints,
      int throttled,
      Map<String, Integer> fixed,
      int controlRequests,
      int controlPoints,
      int cycles,
      double seconds) {
    int requests() {
      return writes + reads;
    }

    int points() {
      return writePoints + readPoints;
    }

    double per1000(int n) {
      return n * 1000.0 / Math.max(1, written);
    }

    static int bound(int changes) {
      return (changes + PER_MUTATION - 1) / PER_MUTATION;
    }
  }

  private final Random random;

  ShopifyBench(long seed) {
    this.random = new Random(seed);
  }

  static String sku(int i) {
    return String.format("BENCH-SHP-%05d", i);
  }

  /**
   * Requests and points of one cycle publishing {@code changes} changed SKUs, Standard plan, after
   * a control cycle without a change.
   */
  Spend changes(Path dir, int changes) throws Exception {
    try (DemoWorld world = DemoWorld.start(dir, 0, DemoStore.Kind.SHOPIFY, 0)) {
      prepare(world, changes);
      ShopifySimulator shop = world.shopify();
      CostLog costs = shop.costLog();
      int mark = costs.size();
      world.engine().runCycle(false);
      List<CostLog.Entry> control = since(costs, mark);
      StoreRequestCount.adjust(client(world), ShopifyBench::sku, changes, random);
      mark = costs.size();
      long started = System.nanoTime();
      CycleReport report = world.engine().runCycle(false);
      double seconds = (System.nanoTime() - started) / 1e9;
      return tally(changes, report.stockWritten(), since(costs, mark), control, 1, seconds);
    }
  }

  /**
   * Seconds to publish {@code changes} changed SKUs on the Standard plan: cycles run back to back
   * (as {@code serve} runs a connection whose turn failed for now) until one writes nothing more.
   */
  Spend publish(Path dir, int changes) throws Exception {
    try (DemoWorld world = DemoWorld.start(dir, 0, DemoStore.Kind.SHOPIFY, 0)) {
      prepare(world, changes);
      CostLog costs = world.shopify().costLog();
      StoreRequestCount.adjust(client(world), ShopifyBench::sku, changes, random);
      int mark = costs.size();
      long started = System.nanoTime();
      int written = 0;
      int cycles = 0;
      while (cycles < 200) {
        CycleReport report = world.engine().runCycle(false);
        cycles++;
        written += report.stockWritten();
        if (report.errors().isEmpty() && report.stockWritten() == 0 && written > 0) {
          break;
        }
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      return tally(changes, written, since(costs, mark), List.of(), cycles, seconds);
    }
  }

  /**
   * The catalog on both sides (through the simulators' Java APIs, stamped three hours ago, on the
   * Plus plan so setup does not wait for the bucket), bound by a sweep; then the Standard plan with
   * its bucket full, and QuickBooks' limits off (QuickBooks is not what is measured here).
   */
  private static void prepare(DemoWorld world, int size) {
    QuickBooksSimulator qb = world.quickbooks();
    qb.options().disableLimits();
    ShopifySimulator shop = world.shopify();
    shop.plan(Plan.PLUS);
    SimClock clock = qb.clock();
    List<String> skus = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      skus.add(sku(i));
    }
    clock.advance(AGO.negated());
    try {
      qb.seedInventoryItems(skus, QUANTITY, BigDecimal.TEN);
      for (String sku : skus) {
        shop.addProduct(sku, sku, "10.00", ShopifyDemoStore.LOCATION, (int) QUANTITY);
      }
    } finally {
      clock.advance(AGO);
    }
    world.engine().runCycle(true);
    world.engine().runCycle(false);
    shop.plan(Plan.STANDARD);
  }

  private static Spend tally(
      int changes,
      int written,
      List<CostLog.Entry> measured,
      List<CostLog.Entry> control,
      int cycles,
      double seconds) {
    int writes = 0;
    int writePoints = 0;
    int reads = 0;
    int readPoints = 0;
    int throttled = 0;
    Map<String, Integer> fixed = new TreeMap<>();
    for (CostLog.Entry e : measured) {
      if (e.throttled()) {
        throttled++;
      }
      if (e.mutation() && e.fields().contains("inventorySetQuantities")) {
        writes++;
        writePoints += e.charged();
      } else if (!e.mutation() && STOCK_READS.containsAll(e.fields())) {
        reads++;
        readPoints += e.charged();
      } else {
        fixed.merge(String.join("+", new java.util.TreeSet<>(e.fields())), 1, Integer::sum);
      }
    }
    int controlPoints = control.stream().mapToInt(CostLog.Entry::charged).sum();
    return new Spend(
        changes,
        written,
        writes,
        writePoints,
        reads,
        readPoints,
        throttled,
        fixed,
        control.size(),
        controlPoints,
        cycles,
        seconds);
  }

  private static List<CostLog.Entry> since(CostLog costs, int mark) {
    List<CostLog.Entry> all = costs.entries();
    return all.subList(Math.min(mark, all.size()), all.size());
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

  static IntFunction<String> skus() {
    return ShopifyBench::sku;
  }
}
