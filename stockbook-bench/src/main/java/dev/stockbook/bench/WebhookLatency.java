package dev.stockbook.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.stockbook.sim.common.Journal;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.woocommerce.Shopper;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import dev.stockbook.store.config.ConfigValues;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
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
 * told is another one selling the same QuickBooks stock: two WooCommerce stores ("shop-a" where
 * shoppers buy, "shop-b") on one QuickBooks company, two connections. An order's stock latency is
 * placed in shop-a → the completion of the shop-b stock write that carries QuickBooks' quantity
 * after that order was posted (found by watching shop-b's quantities and matching each change to
 * the store write, from shop-b's journal, that completed just before it was seen).
 *
 * <p>With webhooks: shop-a delivers order webhooks from its queue as soon as they are due (no
 * Action Scheduler lag), QuickBooks sends its webhooks as the simulator does (at once), and the
 * schedule is an hour, so only webhooks drive the turns. Polling only: no webhooks are delivered
 * and each connection's schedule is one second, so turns run back to back.
 */
final class WebhookLatency {
  /** What one run measured, in milliseconds per order. */
  record Samples(List<Long> toPosted, List<Long> toStore) {}

  static final long STOCK = 1_000_000;
  private static final String SHOP_A = "shop-a";
  private static final String SHOP_B = "shop-b";
  private static final Duration WAIT = Duration.ofSeconds(90);

  private final int catalog;
  private final int orders;
  private final Random random;

  WebhookLatency(int catalog, int orders, long seed) {
    this.catalog = catalog;
    this.orders = orders;
    this.random = new Random(seed);
  }

  Samples run(Path dir, boolean webhooks) throws Exception {
    try (QuickBooksSimulator qb = QuickBooksSimulator.builder().start();
        WooCommerceSimulator a = store(webhooks);
        WooCommerceSimulator b = store(webhooks)) {
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
      products(a);
      products(b);
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

  private static WooCommerceSimulator store(boolean webhooks) {
    return WooCommerceSimulator.builder()
        .webhookLag(Duration.ZERO)
        .backgroundDelivery(webhooks)
        .start();
  }

  private static void realistic(
      QuickBooksSimulator qb, WooCommerceSimulator a, WooCommerceSimulator b) {
    qb.faults()
        .add(
            new FaultPlan.Rule(
                "*", "/v3/company/.*", Fault.latency(Duration.ofMillis(150)), 1.0, -1));
    qb.options().enableLimits();
    a.latency(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(1));
    b.latency(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  private Samples measure(Wiring wiring, WooCommerceSimulator a, WooCommerceSimulator b)
      throws InterruptedException {
    Map<String, Instant> placed = new LinkedHashMap<>();
    Map<String, List<Shopper.Line>> carts = new LinkedHashMap<>();
    Watcher watcher = new Watcher(b);
    Thread watching = new Thread(watcher, "bench-watch-shop-b");
    watching.setDaemon(true);
    watching.start();
    try {
      for (int i = 0; i < orders; i++) {
        List<Shopper.Line> cart = cart();
        cart.forEach(l -> watcher.watch(l.sku()));
        String id = String.valueOf(a.shopper().placeOrder(cart));
        placed.put(id, Instant.now());
        carts.put(id, cart);
        Thread.sleep(400 + random.nextInt(800));
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
    List<Instant> writes = storeWrites(b.journal());
    List<Long> toPosted = new ArrayList<>();
    List<Long> toStore = new ArrayList<>();
    for (Map.Entry<String, Instant> order : placed.entrySet()) {
      Instant posted = postedAt.get(order.getKey());
      toPosted.add(Duration.between(order.getValue(), posted).toMillis());
      Instant reflected = Instant.MIN;
      for (Shopper.Line line : carts.get(order.getKey())) {
        long soldByThen = 0;
        for (Map.Entry<String, List<Shopper.Line>> other : carts.entrySet()) {
          if (!postedAt.get(other.getKey()).isAfter(posted)) {
            soldByThen +=
                other.getValue().stream()
                    .filter(l -> l.sku().equals(line.sku()))
                    .mapToLong(Shopper.Line::quantity)
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

  /**
   * When each stock write to the store's products completed (arrival plus the time it took), in
   * order.
   */
  private static List<Instant> storeWrites(Journal journal) {
    return journal.entries().stream()
        .filter(
            e -> !"GET".equals(e.method()) && e.path().contains("/products") && e.status() < 300)
        .map(e -> e.at().plusMillis(e.latencyMillis()))
        .sorted()
        .toList();
  }

  private static Optional<Instant> posted(Wiring wiring, String orderId) {
    return wiring.state().orders().find(SHOP_A, orderId).map(TrackedOrder::postedAt);
  }

  private List<Shopper.Line> cart() {
    int x = random.nextInt(catalog);
    int y = (x + 1 + random.nextInt(catalog - 1)) % catalog;
    return List.of(
        new Shopper.Line(BenchSetup.sku(x), 1 + random.nextInt(2)),
        new Shopper.Line(BenchSetup.sku(y), 1));
  }

  /**
   * Looks at the watched SKUs' quantities in shop-b every 20 ms and keeps when each value was first
   * seen.
   */
  private static final class Watcher implements Runnable {
    private final WooCommerceSimulator store;
    private final Map<String, TreeMap<Instant, Long>> seen = new ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentSkipListSet<Instant> looks =
        new java.util.concurrent.ConcurrentSkipListSet<>();
    volatile boolean stop;

    Watcher(WooCommerceSimulator store) {
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
      String name, QuickBooksSimulator qb, WooCommerceSimulator store, String schedule) {
    Map<String, String> c =
        new LinkedHashMap<>(DemoWorld.connectionSettings(qb, store, qb.issueTokens()));
    c.put("name", name);
    c.put("store.webhookSecret", "bench-webhook-secret-" + name);
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

  private void products(WooCommerceSimulator store) throws IOException, InterruptedException {
    ObjectMapper json = new ObjectMapper();
    HttpClient http = HttpClient.newHttpClient();
    String auth =
        Base64.getEncoder()
            .encodeToString(
                (store.consumerKey() + ":" + store.consumerSecret())
                    .getBytes(StandardCharsets.UTF_8));
    for (int from = 0; from < catalog; from += 100) {
      ObjectNode batch = json.createObjectNode();
      ArrayNode create = batch.putArray("create");
      for (int i = from; i < Math.min(catalog, from + 100); i++) {
        create
            .addObject()
            .put("sku", BenchSetup.sku(i))
            .put("name", "Bench product " + i)
            .put("regular_price", "10.00")
            .put("manage_stock", true)
            .put("stock_quantity", STOCK);
      }
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(store.baseUrl() + "/wp-json/wc/v3/products/batch"))
                  .header("Authorization", "Basic " + auth)
                  .header("X-Forwarded-Proto", "https")
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(batch)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            "creating the bench catalog failed: " + response.statusCode() + " " + response.body());
      }
    }
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
