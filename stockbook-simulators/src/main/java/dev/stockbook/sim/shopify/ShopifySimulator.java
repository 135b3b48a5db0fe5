package dev.stockbook.sim.shopify;

import dev.stockbook.sim.common.FaultPlan;
import dev.stockbook.sim.common.Journal;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.common.SimHttpServer;
import dev.stockbook.sim.common.SimResponse;
import dev.stockbook.sim.shopify.internal.AdminApi;
import dev.stockbook.sim.shopify.internal.AfterSale;
import dev.stockbook.sim.shopify.internal.Bucket;
import dev.stockbook.sim.shopify.internal.BulkMutation;
import dev.stockbook.sim.shopify.internal.BulkOperations;
import dev.stockbook.sim.shopify.internal.CatalogTypes;
import dev.stockbook.sim.shopify.internal.Engine;
import dev.stockbook.sim.shopify.internal.Idempotency;
import dev.stockbook.sim.shopify.internal.InjectedErrors;
import dev.stockbook.sim.shopify.internal.InventoryWrites;
import dev.stockbook.sim.shopify.internal.Json;
import dev.stockbook.sim.shopify.internal.Lookup;
import dev.stockbook.sim.shopify.internal.Mutations;
import dev.stockbook.sim.shopify.internal.OrderTypes;
import dev.stockbook.sim.shopify.internal.Orders;
import dev.stockbook.sim.shopify.internal.PayloadTypes;
import dev.stockbook.sim.shopify.internal.Queries;
import dev.stockbook.sim.shopify.internal.SchemaFactory;
import dev.stockbook.sim.shopify.internal.Shop;
import dev.stockbook.sim.shopify.internal.Stock;
import dev.stockbook.sim.shopify.internal.Tokens;
import dev.stockbook.sim.shopify.internal.Versions;
import dev.stockbook.sim.shopify.internal.WebhookMutations;
import dev.stockbook.sim.shopify.internal.WebhookSender;
import dev.stockbook.sim.shopify.internal.Webhooks;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A Shopify store behind the GraphQL Admin API (2026-10) over real HTTP: orders, refunds, inventory
 * by location and state, calculated query cost with a leaky bucket, signed webhooks with retries,
 * bulk queries, plus the shared fault plan, journal and clock. See docs/simulators.md.
 */
public final class ShopifySimulator implements AutoCloseable {
  /** Every scope the simulator knows; the default token has them all. */
  public static final Set<String> ALL_SCOPES =
      Set.of(
          "read_orders", "read_all_orders", "read_products", "write_inventory", "read_locations");

  private final SimHttpServer server;
  private final Shop shop;
  private final Tokens tokens;
  private final Bucket bucket;
  private final Webhooks webhooks;
  private final InjectedErrors injected = new InjectedErrors();
  private final CostLog costs = new CostLog();
  private final Shopper shopper;
  private final Merchant merchant;
  private final String clientSecret;
  private final String accessToken;
  private final ScheduledExecutorService background;
  private volatile Plan plan;

  private ShopifySimulator(Builder b) {
    AtomicReference<AdminApi> handler = new AtomicReference<>();
    server =
        new SimHttpServer(
            b.port,
            b.clock,
            new Journal(),
            b.faults,
            r -> handler.get().handle(r),
            ShopifySimulator::faultBody,
            8 << 20);
    shop = new Shop(b.clock, b.seed, b.shopDomain);
    clientSecret = b.clientSecret;
    plan = b.plan;
    Stock stock = new Stock(shop);
    Orders orders = new Orders(shop, stock);
    AfterSale afterSale = new AfterSale(shop, stock, orders);
    webhooks = new Webhooks(shop, new WebhookSender(shop.domain, clientSecret));
    webhooks.options.lag = b.webhookLag;
    shop.events = webhooks;
    BulkOperations bulk = new BulkOperations(shop, server.baseUri().toString());
    AtomicReference<Engine> engine = new AtomicReference<>();
    Lookup lookup = new Lookup(shop, webhooks, bulk);
    Mutations mutations =
        new Mutations(
            new InventoryWrites(shop, stock),
            new Idempotency(),
            injected,
            new WebhookMutations(webhooks),
            new BulkMutation(bulk, engine::get));
    engine.set(
        new Engine(
            SchemaFactory.build(
                new Queries(shop, lookup, webhooks, bulk)::wire,
                new OrderTypes(shop)::wire,
                new CatalogTypes(shop, () -> plan)::wire,
                new PayloadTypes()::wire,
                mutations::wire)));
    tokens = new Tokens(new Random(b.seed));
    accessToken = tokens.issue(ALL_SCOPES);
    bucket = new Bucket(b.clock, plan.bucketSize(), plan.restoreRate());
    handler.set(
        new AdminApi(shop, engine.get(), tokens, new Versions(b.versions), bucket, bulk, costs));
    shopper = new Shopper(shop, orders);
    merchant = new Merchant(shop, orders, afterSale, stock);
    background = b.promptWebhooks ? startBackground() : null;
    server.start();
  }

  private ScheduledExecutorService startBackground() {
    ScheduledExecutorService s =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "shopify-sim-webhooks");
              t.setDaemon(true);
              return t;
            });
    s.scheduleWithFixedDelay(webhooks::deliverDue, 50, 50, TimeUnit.MILLISECONDS);
    return s;
  }

  /** Shopify-style bodies for injected HTTP statuses. */
  private static SimResponse faultBody(int status) {
    String message =
        switch (status) {
          case 429 ->
              "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.";
          case 413 -> "Request entity too large";
          case 502 -> "Bad Gateway";
          case 503 -> "Service Unavailable";
          case 504 -> "Gateway Timeout";
          default -> "Internal Server Error";
        };
    return SimResponse.json(status, Json.bytes(Map.of("errors", message)));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code http://127.0.0.1:PORT}: the shop's origin (https://{shop}.myshopify.com for real). */
  public URI baseUrl() {
    return server.baseUri();
  }

  /** {@code .../admin/api/{version}/graphql.json} */
  public URI graphqlUrl(String version) {
    return URI.create(server.baseUri() + "/admin/api/" + version + "/graphql.json");
  }

  public String shopDomain() {
    return shop.domain;
  }

  /** The app's client secret: the key of every webhook's HMAC. */
  public String clientSecret() {
    return clientSecret;
  }

  /** A token holding {@link #ALL_SCOPES}. */
  public String accessToken() {
    return accessToken;
  }

  /** Another token with just these scopes (a write scope implies its read scope). */
  public String issueToken(Set<String> scopes) {
    return tokens.issue(scopes);
  }

  /** The app is uninstalled or the token rotated: later requests with it get 401. */
  public void revokeToken(String token) {
    tokens.revoke(token);
  }

  /** Changes the plan; the bucket takes the plan's size and rate, full. */
  public void plan(Plan value) {
    plan = value;
    bucket.resize(value.bucketSize(), value.restoreRate());
  }

  /** The demo store: redwine 20, whitewine 35, rosewine 12, T-Shirt TEE-S 5 / TEE-M 7. */
  public void seedDemoStore() {
    synchronized (shop.lock) {
      if (shop.catalog.locations.isEmpty()) {
        shop.catalog.addLocation("Shop location");
      }
      simple("Red Wine", "redwine", "12.00", 20);
      simple("White Wine", "whitewine", "10.00", 35);
      simple("Rosé Wine", "rosewine", "11.00", 12);
      var tee = shop.catalog.addProduct("T-Shirt");
      stockAll(shop.catalog.addVariant(tee, "S", "TEE-S", new java.math.BigDecimal("15.00")), 5);
      stockAll(shop.catalog.addVariant(tee, "M", "TEE-M", new java.math.BigDecimal("15.00")), 7);
    }
  }

  private void simple(String title, String sku, String price, int available) {
    var product = shop.catalog.addProduct(title);
    stockAll(
        shop.catalog.addVariant(product, "Default Title", sku, new java.math.BigDecimal(price)),
        available);
  }

  private void stockAll(dev.stockbook.sim.shopify.internal.Variant v, int available) {
    shop.catalog.stock(v.inventoryItem, shop.catalog.primaryLocation(), available);
  }

  /** Adds a location; the first one added is the primary location. */
  public void addLocation(String name) {
    synchronized (shop.lock) {
      shop.catalog.addLocation(name);
    }
  }

  /** Adds a one-variant product stocked with {@code available} units at the named location. */
  public void addProduct(String title, String sku, String price, String location, int available) {
    synchronized (shop.lock) {
      var product = shop.catalog.addProduct(title);
      var v =
          shop.catalog.addVariant(product, "Default Title", sku, new java.math.BigDecimal(price));
      shop.catalog.stock(v.inventoryItem, shop.catalog.requireLocation(location), available);
    }
  }

  /** A variant of {@link #addProduct(String, String, List)}: option value, SKU, units available. */
  public record NewVariant(String title, String sku, int available) {}

  /** Adds a product with several variants, each stocked at the primary location. */
  public void addProduct(String title, String price, List<NewVariant> variants) {
    synchronized (shop.lock) {
      var product = shop.catalog.addProduct(title);
      for (NewVariant nv : variants) {
        var v =
            shop.catalog.addVariant(product, nv.title(), nv.sku(), new java.math.BigDecimal(price));
        stockAll(v, nv.available());
      }
    }
  }

  /** Stocks an existing SKU at another location. */
  public void stockAt(String sku, String location, int available) {
    synchronized (shop.lock) {
      shop.catalog.stock(
          shop.catalog.requireSku(sku).inventoryItem,
          shop.catalog.requireLocation(location),
          available);
    }
  }

  /** A named quantity (available, on_hand, committed, ...) of the SKU at the primary location. */
  public int quantity(String sku, String name) {
    synchronized (shop.lock) {
      var level =
          shop.catalog.requireSku(sku).inventoryItem.levels.get(shop.catalog.primaryLocation().id);
      return level == null ? 0 : level.get(name);
    }
  }

  public Shopper shopper() {
    return shopper;
  }

  public Merchant merchant() {
    return merchant;
  }

  /**
   * The app's bucket is spent (by the same app's other work: a bulk import, another node), so the
   * next query is THROTTLED until the simulator clock has moved on far enough to refill it.
   */
  public void drainCostBucket() {
    bucket.drain();
  }

  /** The next {@code times} calls of the mutation answer this userError and change nothing. */
  public void failNextMutation(String mutation, String code, String message, int times) {
    injected.add(mutation, new InjectedErrors.Injected(code, message, List.of("input")), times);
  }

  /** Webhook switches: lag before the first attempt, seeded reordering, duplicate sends. */
  public Webhooks.Options webhookOptions() {
    return webhooks.options;
  }

  /** Sends the deliveries (first attempts and retries) due on the simulator clock. */
  public int deliverDueWebhooks() {
    return webhooks.deliverDue();
  }

  public List<Webhooks.Attempt> webhookAttempts() {
    return webhooks.attempts();
  }

  public int webhookSubscriptionCount() {
    return webhooks.subscriptions().size();
  }

  /** The calculated cost of every GraphQL operation answered (benchmarks). */
  public CostLog costLog() {
    return costs;
  }

  public Journal journal() {
    return server.journal();
  }

  public FaultPlan faults() {
    return server.faults();
  }

  public SimClock clock() {
    return server.clock();
  }

  @Override
  public void close() {
    if (background != null) {
      background.shutdownNow();
    }
    server.close();
  }

  /** Options; everything has a default. */
  public static final class Builder {
    private int port;
    private SimClock clock = SimClock.system();
    private long seed = 1;
    private FaultPlan faults = FaultPlan.none();
    private String shopDomain = "stockbook-demo.myshopify.com";
    private String clientSecret = "shpss_simulator_client_secret";
    private Plan plan = Plan.STANDARD;
    private boolean promptWebhooks = true;
    private Duration webhookLag = Duration.ZERO;
    private List<String> versions = List.of("2026-01", "2026-04", "2026-07", "2026-10", "2027-01");

    private Builder() {}

    public Builder port(int value) {
      port = value;
      return this;
    }

    public Builder clock(SimClock value) {
      clock = value;
      return this;
    }

    public Builder seed(long value) {
      seed = value;
      return this;
    }

    public Builder faults(FaultPlan value) {
      faults = value;
      return this;
    }

    public Builder shopDomain(String value) {
      shopDomain = value;
      return this;
    }

    public Builder clientSecret(String value) {
      clientSecret = value;
      return this;
    }

    public Builder plan(Plan value) {
      plan = value;
      return this;
    }

    /**
     * On (default): a background thread sends due webhooks every 50 ms. Off: only {@link
     * #deliverDueWebhooks()}.
     */
    public Builder promptWebhooks(boolean value) {
      promptWebhooks = value;
      return this;
    }

    public Builder webhookLag(Duration value) {
      webhookLag = value;
      return this;
    }

    /** Supported versions, oldest first, the release candidate last. */
    public Builder versions(List<String> value) {
      versions = List.copyOf(value);
      return this;
    }

    public ShopifySimulator start() {
      return new ShopifySimulator(this);
    }
  }
}
