package dev.stockbook.bench;

import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.service.ServiceServer;
import dev.stockbook.app.service.SyncScheduler;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.quickbooks.AccessTokenSource;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.quickbooks.RateGovernors;
import dev.stockbook.sim.common.Fault;
import dev.stockbook.sim.common.FaultPlan;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.store.config.ConfigValues;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Order placed → posted in QuickBooks → the sale reflected in a store, through {@code serve} as the
 * command wires it (scheduler, debounce, webhook endpoints, {@code ConnectionRun}).
 *
 * <p>The store the shopper buys in lowers its own stock at checkout, so the store that has to be
 * told is another one selling the same QuickBooks stock: two stores of one kind ({@link
 * LatencyStores}: WooCommerce or Shopify; "shop-a" where shoppers buy, "shop-b") on one QuickBooks
 * company, two connections. An order's stock latency is placed in shop-a → the completion of the
 * shop-b stock write that carries QuickBooks' quantity after that order was posted (found by
 * watching shop-b's quantities and matching each change to the store write, from shop-b's journal,
 * that completed just before it was seen).
 *
 * <p>With webhooks: shop-a delivers order webhooks from its queue as soon as they are due (no
 * Action Scheduler lag), QuickBooks sends its webhooks as the simulator does (at once), and the
 * schedule is an hour, so only webhooks drive the turns. Polling only: no webhooks are delivered
 * and each connection's schedule is one second, so turns run back to back.
 */
final class WebhookLatency {
  /** What one run measured, in milliseconds per order. */
  record Samples(List<Long> toPosted, List<Long> toStore) {}

  /** A cart line. */
  record Line(String sku, int quantity) {}

  static final long STOCK = 1_000_000;
  private static final String SHOP_A = "shop-a";
  private static final String SHOP_B = "shop-b";
  private static final Duration WAIT = Duration.ofSeconds(90);

  private final int catalog;
  private final int orders;
  private final Random random;
  private final LatencyStores stores;
  private final Pace pace;

  /**
   * How far apart the shopper's orders come, in milliseconds, drawn evenly from {@code [min, max)}.
   */
  record Pace(int min, int max) {
    /**
     * A busy store: an order every 0.4–1.2 s, more than the other store's 1 s stock writes keep up
     * with one at a time.
     */
    static final Pace BUSY = new Pace(400, 1200);

    /** A store whose orders come 2–4 s apart: each sale's way finds both connections idle. */
    static final Pace QUIET = new Pace(2000, 4000);

    int next(Random random) {
      return min + random.nextInt(max - min);
    }
  }

  WebhookLatency(int catalog, int orders, long seed) {
    this(catalog, orders, seed, LatencyStores.WOOCOMMERCE, Pace.BUSY);
  }

  /** Both stores of {@code stores}' kind, orders at the busy pace. */
  WebhookLatency(int catalog, int orders, long seed, LatencyStores stores) {
    this(catalog, orders, seed, stores, Pace.BUSY);
  }

  WebhookLatency(int catalog, int orders, long seed, LatencyStores stores, Pace pace) {
    this.catalog = catalog;
    this.orders = orders;
    this.random = new Random(seed);
    this.stores = stores;
    this.pace = pace;
  }

  Samples run(Path dir, boolean webhooks) throws Exception {
    try (QuickBooksSimulator qb = QuickBooksSimulator.builder().start();
        LatencyStores.Store a = stores.start(webhooks);
        LatencyStores.Store b = stores.start(webhooks)) {
      qb.seedDemoCompany();
      qb.options().disableLimits();
      RateGovernors governors = RateGovernors.real();
      QuickBooksClient client =
          QuickBooksClient.builder()
              .baseUrl(qb.baseUrl().toString())
              .realmId(qb.realmId())
              .tokens(AccessTokenSource.fixed(qb.issueTokens().accessToken()))
              .governor(governors.forCompany(qb.baseUrl().toString(), qb.realmId()))
              .build();
      items(client);
      a.products(catalog, STOCK);
      b.products(catalog, STOCK);
      String schedule = webhooks ? "1h" : "1s";
      StockbookConfig config =
          new StockbookConfig(
              "jdbc:sqlite:"
                  + dir.resolve((webhooks ? "webhooks" : "polling") + ".db").toAbsolutePath(),
              0,
              "",
              List.of(connection(SHOP_A, qb, a, schedule), connection(SHOP_B, qb, b, schedule)));
      try (Wiring wiring = Wiring.open(config, Clock.systemUTC(), governors);
          ServiceServer server =
              ServiceServer.builder(wiring)
                  .port(0)
                  .timing(SyncScheduler.Timing.defaults("bench-" + ProcessHandle.current().pid()))
                  .start()) {
        until(
            () ->
                !wiring.state().runs().recent(SHOP_A, 1).isEmpty()
                    && !wiring.state().runs().recent(SHOP_B, 1).isEmpty(),
            "the first cycle of both connections");
        if (webhooks) {
          qb.webhookUrl(URI.create(server.publicUrl() + "/webhooks/quickbooks"));
        }
        realistic(qb, a, b);
        return measure(wiring, a, b);
      }
    }
  }

  private static void realistic(
      QuickBooksSimulator qb, LatencyStores.Store a, LatencyStores.Store b) {
    qb.faults()
        .add(
            new FaultPlan.Rule(
                "*", "/v3/company/.*", Fault.latency(Duration.ofMillis(150)), 1.0, -1));
    qb.options().enableLimits();
    a.realistic();
    b.realistic();
  }

  private Samples measure(Wiring wiring, LatencyStores.Store a, LatencyStores.Store b)
      throws InterruptedException {
    Map<String, Instant> placed = new LinkedHashMap<>();
    Map<String, List<Line>> carts = new LinkedHashMap<>();
    Watcher watcher = new Watcher(b);
    Thread watching = new Thread(watcher, "bench-watch-shop-b");
    watching.setDaemon(true);
    watching.start();
    try {
      for (int i = 0; i < orders; i++) {
        List<Line> cart = cart();
        cart.forEach(l -> watcher.watch(l.sku()));
        String id = a.place(cart);
        placed.put(id, Instant.now());
        carts.put(id, cart);
        Thread.sleep(pace.next(random));
      }
      until(
          () -> placed.keySet().stream().allMatch(id -> posted(wiring, id).isPresent()),
          "every order posted");
      Map<String, Long> sold = new ConcurrentHashMap<>();
      carts
          .values()
          .forEach(c -> c.forEach(l -> sold.merge(l.sku(), (long) l.quantity(), Long::sum)));
      until(
          () ->
              sold.entrySet().stream()
                  .allMatch(e -> Long.valueOf(STOCK - e.getValue()).equals(b.stock(e.getKey()))),
          "shop-b showing every sale");
      Thread.sleep(100); // one more look by the watcher
    } finally {
      watcher.stop = true;
      watching.join();
    }
    Map<String, Instant> postedAt = new LinkedHashMap<>();
    placed.keySet().forEach(id -> postedAt.put(id, posted(wiring, id).orElseThrow()));
    List<Instant> writes = b.writesCompleted();
    List<Long> toPosted = new ArrayList<>();
    List<Long> toStore = new ArrayList<>();
    for (Map.Entry<String, Instant> order : placed.entrySet()) {
      Instant posted = postedAt.get(order.getKey());
      toPosted.add(Duration.between(order.getValue(), posted).toMillis());
      Instant reflected = Instant.MIN;
      for (Line line : carts.get(order.getKey())) {
        long soldByThen = 0;
        for (Map.Entry<String, List<Line>> other : carts.entrySet()) {
          if (!postedAt.get(other.getKey()).isAfter(posted)) {
            soldByThen +=
                other.getValue().stream()
                    .filter(l -> l.sku().equals(line.sku()))
                    .mapToLong(Line::quantity)
                    .sum();
          }
        }
        Instant seen = watcher.firstAtOrBelow(line.sku(), STOCK - soldByThen);
        Instant lastUnseen = watcher.lastLookBefore(seen);
        Instant completed =
            writes.stream().filter(w -> w.isAfter(lastUnseen)).findFirst().orElse(seen);
        reflected = completed.isAfter(reflected) ? completed : reflected;
      }
      toStore.add(Duration.between(order.getValue(), reflected).toMillis());
    }
    return new Samples(toPosted, toStore);
  }

  private static Optional<Instant> posted(Wiring wiring, String orderId) {
    return wiring.state().orders().find(SHOP_A, orderId).map(TrackedOrder::postedAt);
  }

  private List<Line> cart() {
    int x = random.nextInt(catalog);
    int y = (x + 1 + random.nextInt(catalog - 1)) % catalog;
    return List.of(
        new Line(BenchSetup.sku(x), 1 + random.nextInt(2)), new Line(BenchSetup.sku(y), 1));
  }

  /**
   * Looks at the watched SKUs' quantities in shop-b every 20 ms and keeps when each value was first
   * seen.
   */
  private static final class Watcher implements Runnable {
    private final LatencyStores.Store store;
    private final Map<String, TreeMap<Instant, Long>> seen = new ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentSkipListSet<Instant> looks =
        new java.util.concurrent.ConcurrentSkipListSet<>();
    volatile boolean stop;

    Watcher(LatencyStores.Store store) {
      this.store = store;
    }

    void watch(String sku) {
      seen.computeIfAbsent(
          sku,
          s -> {
            TreeMap<Instant, Long> t = new TreeMap<>();
            t.put(Instant.MIN, STOCK);
            return t;
          });
    }

    @Override
    public void run() {
      while (!stop) {
        Instant at = Instant.now();
        looks.add(at);
        for (Map.Entry<String, TreeMap<Instant, Long>> e : seen.entrySet()) {
          Long now = store.stock(e.getKey());
          synchronized (e.getValue()) {
            if (now != null && !now.equals(e.getValue().lastEntry().getValue())) {
              e.getValue().put(at, now);
            }
          }
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException ex) {
          return;
        }
      }
    }

    /**
     * The start of the last look before {@code t}: a change first seen at {@code t} happened after
     * it.
     */
    Instant lastLookBefore(Instant t) {
      Instant before = looks.lower(t);
      return before == null ? Instant.MIN : before;
    }

    Instant firstAtOrBelow(String sku, long quantity) {
      TreeMap<Instant, Long> t = seen.get(sku);
      synchronized (t) {
        return t.entrySet().stream()
            .filter(e -> e.getValue() <= quantity)
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("shop-b never showed " + quantity + " of " + sku));
      }
    }
  }

  private ConfigValues connection(
      String name, QuickBooksSimulator qb, LatencyStores.Store store, String schedule) {
    Map<String, String> c =
        new LinkedHashMap<>(
            DemoWorld.connectionSettings(qb, store.settings(name), qb.issueTokens()));
    c.put("name", name);
    c.put("sync.schedule", schedule);
    ConnectionConfig.Validated validated = ConnectionConfig.validate(c, "");
    if (!validated.ok()) {
      throw new IllegalStateException("bench config is invalid: " + validated.problems());
    }
    return validated.values();
  }

  private void items(QuickBooksClient client) {
    BenchSetup.items(client, BenchSetup::sku, catalog, STOCK);
  }

  private static void until(BooleanSupplier done, String what) throws InterruptedException {
    Instant deadline = Instant.now().plus(WAIT);
    while (!done.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "the latency bench gave up waiting for " + what + " after " + WAIT.toSeconds() + " s");
      }
      Thread.sleep(20);
    }
  }
}
