package dev.stockbook.sim.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.sim.common.FaultPlan;
import dev.stockbook.sim.common.Journal;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.common.SimHttpServer;
import dev.stockbook.sim.common.SimResponse;
import dev.stockbook.sim.woocommerce.internal.ApiKeys;
import dev.stockbook.sim.woocommerce.internal.Authenticator;
import dev.stockbook.sim.woocommerce.internal.Catalog;
import dev.stockbook.sim.woocommerce.internal.OAuth1;
import dev.stockbook.sim.woocommerce.internal.Orders;
import dev.stockbook.sim.woocommerce.internal.Product;
import dev.stockbook.sim.woocommerce.internal.SiteTime;
import dev.stockbook.sim.woocommerce.internal.Store;
import dev.stockbook.sim.woocommerce.internal.WebhookSender;
import dev.stockbook.sim.woocommerce.internal.Webhooks;
import dev.stockbook.sim.woocommerce.internal.WooApi;
import dev.stockbook.sim.woocommerce.internal.WpError;
import dev.stockbook.sim.woocommerce.internal.WpJson;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A WooCommerce 10.0.2 store over real HTTP: the {@code /wp-json/wc/v3} REST API (products,
 * variations, orders, refunds, webhooks, batch), WooCommerce's auth, stock rules and webhook
 * delivery, plus the shared fault plan, journal and clock. See docs/simulators.md.
 */
public final class WooCommerceSimulator implements AutoCloseable {
  private final SimHttpServer server;
  private final Store store;
  private final Catalog catalog;
  private final WooApi api;
  private final Webhooks webhooks;
  private final ApiKeys keys;
  private final ApiKey mainKey;
  private final Shopper shopper;
  private final ScheduledExecutorService background;

  private WooCommerceSimulator(Builder b) {
    AtomicReference<WooApi> handler = new AtomicReference<>();
    server =
        new SimHttpServer(
            b.port,
            b.clock,
            new Journal(),
            b.faults,
            r -> r.path().equals("/wp-cron.php") ? cron() : handler.get().handle(r),
            WooCommerceSimulator::faultBody,
            8 << 20);
    String siteUrl = server.baseUri().toString();
    store = new Store(b.clock, new SiteTime(b.siteTimeZone), b.seed, siteUrl);
    catalog = new Catalog(store);
    Orders orders = new Orders(store, catalog);
    AtomicReference<WooApi> forRender = new AtomicReference<>();
    webhooks =
        new Webhooks(
            store,
            b.webhookDelivery,
            new WebhookSender(siteUrl, b.webhookTimeout),
            (resource, id) -> render(forRender.get(), resource, id));
    store.events = webhooks;
    keys = new ApiKeys(store);
    Authenticator auth =
        new Authenticator(keys, new OAuth1(keys, b.clock, siteUrl), b.treatAsHttpsHeader);
    api = new WooApi(store, catalog, orders, webhooks, auth);
    api.latency(b.latency);
    forRender.set(api);
    handler.set(api);
    ApiKeys.Key key = keys.issue("read_write");
    mainKey = new ApiKey(key.consumerKey(), key.consumerSecret(), key.permissions());
    shopper = new Shopper(store, orders, api.orderWriter(), webhooks);
    background = b.backgroundDelivery ? startBackground() : null;
    server.start();
  }

  /**
   * {@code GET /wp-cron.php}: WP-Cron runs what is due, here Action Scheduler's queue when its
   * minute has come. WordPress answers with an empty 200.
   */
  private SimResponse cron() {
    this.webhooks.deliverDue(Webhooks.Trigger.CRON);
    return SimResponse.html(200, "");
  }

  private Optional<JsonNode> render(WooApi api, String resource, long id) {
    if ("order".equals(resource)) {
      return Optional.ofNullable(store.orders.get(id)).map(o -> api.orderJson().order(o));
    }
    return catalog.find(id).map(p -> api.productJson().product(p, false));
  }

  private ScheduledExecutorService startBackground() {
    ScheduledExecutorService s =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "woo-sim-webhooks");
              t.setDaemon(true);
              return t;
            });
    s.scheduleWithFixedDelay(
        () -> webhooks.deliverDue(Webhooks.Trigger.TRAFFIC), 200, 200, TimeUnit.MILLISECONDS);
    return s;
  }

  /** WooCommerce-shaped bodies for injected statuses; a 500 is WordPress's fatal-error answer. */
  private static SimResponse faultBody(int status) {
    WpError error =
        switch (status) {
          case 500 ->
              new WpError(
                  500,
                  "internal_server_error",
                  "<p>There has been a critical error on this website.</p>");
          case 413 ->
              new WpError(
                  413, "woocommerce_rest_request_entity_too_large", "Request body too large.");
          case 429 -> new WpError(429, "too_many_requests", "Too Many Requests");
          case 503 -> new WpError(503, "service_unavailable", "Service Unavailable");
          default -> new WpError(status, "sim_fault", "Injected fault " + status + ".");
        };
    return WooApi.error(error);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static WooCommerceSimulator start() {
    return builder().start();
  }

  /** {@code http://127.0.0.1:PORT}, the site URL; the API lives under {@code /wp-json/wc/v3}. */
  public URI baseUrl() {
    return server.baseUri();
  }

  public String consumerKey() {
    return mainKey.consumerKey();
  }

  public String consumerSecret() {
    return mainKey.consumerSecret();
  }

  /**
   * Issues another key; {@code permissions} is {@code read}, {@code write} or {@code read_write}.
   */
  public ApiKey createKey(String permissions) {
    if (!List.of("read", "write", "read_write").contains(permissions)) {
      throw new IllegalArgumentException("permissions: read, write or read_write");
    }
    ApiKeys.Key key = keys.issue(permissions);
    return new ApiKey(key.consumerKey(), key.consumerSecret(), key.permissions());
  }

  /** The demo catalog {@code stockbook demo} relies on. */
  public void seedDemoStore() {
    synchronized (store.lock) {
      simple("redwine", "Red Wine", "12.00", 20);
      simple("whitewine", "White Wine", "10.00", 35);
      simple("rosewine", "Rosé Wine", "11.00", 12);
      ObjectNode tee =
          WpJson.object().put("sku", "TEE").put("name", "T-Shirt").put("type", "variable");
      tee.putArray("attributes")
          .addObject()
          .put("id", 0)
          .put("name", "Size")
          .put("position", 0)
          .put("visible", true)
          .put("variation", true)
          .putArray("options")
          .add("S")
          .add("M");
      Product parent = catalog.create(tee, null);
      variation(parent, "TEE-S", "S", 5);
      variation(parent, "TEE-M", "M", 7);
      catalog.create(
          WpJson.object()
              .put("sku", "giftwrap")
              .put("name", "Gift Wrap")
              .put("regular_price", "3.00")
              .put("manage_stock", false),
          null);
    }
  }

  private void simple(String sku, String name, String price, long stock) {
    catalog.create(
        WpJson.object()
            .put("sku", sku)
            .put("name", name)
            .put("regular_price", price)
            .put("manage_stock", true)
            .put("stock_quantity", stock),
        null);
  }

  private void variation(Product parent, String sku, String size, long stock) {
    ObjectNode v =
        WpJson.object()
            .put("sku", sku)
            .put("regular_price", "15.00")
            .put("manage_stock", true)
            .put("stock_quantity", stock);
    v.putArray("attributes").addObject().put("id", 0).put("name", "Size").put("option", size);
    catalog.create(v, parent);
  }

  /**
   * Adds simple products with these SKUs, each managing {@code stock} units at {@code price}. For
   * benchmarks with a large catalog: much faster than creating them over HTTP. Returns the product
   * ids in the order of {@code skus}.
   */
  public List<Long> seedProducts(List<String> skus, String price, long stock) {
    synchronized (store.lock) {
      List<ObjectNode> bodies =
          skus.stream()
              .map(
                  sku ->
                      WpJson.object()
                          .put("sku", sku)
                          .put("name", "Product " + sku)
                          .put("regular_price", price)
                          .put("manage_stock", true)
                          .put("stock_quantity", stock))
              .toList();
      return catalog.createAll(bodies).stream().map(p -> p.id).toList();
    }
  }

  /** A merchant typing a stock figure into wp-admin (manage stock switched on for it). */
  public void setStock(String sku, long quantity) {
    synchronized (store.lock) {
      catalog.setStock(bySku(sku), quantity);
    }
  }

  /** The product or variation as {@code GET /products?sku=} would show it. */
  public JsonNode product(String sku) {
    synchronized (store.lock) {
      return api.productJson().product(bySku(sku), false);
    }
  }

  /**
   * The stock a sale of {@code sku} draws from (the parent's for a parent-managed variation), or
   * null.
   */
  public Long stock(String sku) {
    synchronized (store.lock) {
      return catalog.stockOwner(bySku(sku)).map(p -> p.stockQuantity).orElse(null);
    }
  }

  public JsonNode order(long id) {
    synchronized (store.lock) {
      return api.orderJson().order(store.orders.get(id));
    }
  }

  /**
   * The store's one standard tax rate in percent, e.g. {@code "8.25"}; {@code "0"} (the default)
   * turns taxes off. Prices exclude tax and tax is rounded per line, WooCommerce's defaults. Orders
   * keep the rate they were placed with.
   */
  public void setTaxRate(String percent) {
    java.math.BigDecimal rate = new java.math.BigDecimal(percent);
    if (rate.signum() < 0) {
      throw new IllegalArgumentException("tax rate must not be negative: " + percent);
    }
    store.taxRate = rate;
  }

  /** The store-wide "Enable stock management" switch (woocommerce_manage_stock). */
  public void setStockManagement(boolean enabled) {
    store.manageStock = enabled;
  }

  /** Server think time for reads, writes and batch calls. */
  public void latency(Duration read, Duration write, Duration batch) {
    api.latency(new WooApi.Latency(read, write, batch));
  }

  private Product bySku(String sku) {
    return catalog
        .bySku(sku)
        .orElseThrow(() -> new IllegalArgumentException("no product with SKU " + sku));
  }

  /**
   * A shopper checks out {@code cart} while the next {@code inventory_delta} stock write is between
   * its read and its save, as can happen in a real WooCommerce ({@code inventory_delta} is {@code
   * get_stock_quantity() + delta} saved as a number): the order is placed and its stock reduction
   * is lost.
   */
  public void checkoutDuringNextStockDelta(List<Shopper.Line> cart) {
    synchronized (store.lock) {
      store.checkoutsDuringNextDelta.add(() -> shopper.placeOrder(cart));
    }
  }

  public Shopper shopper() {
    return shopper;
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

  /**
   * Runs the webhook queue now, as the admin's "Run" in Scheduled Actions does (in the prompt
   * model: the deliveries whose lag has elapsed on the simulator clock); returns how many.
   */
  public int deliverDueWebhooks() {
    return webhooks.deliverDue();
  }

  /**
   * Every webhook delivery attempted so far, with the status the endpoint answered (0 =
   * unreachable).
   */
  public List<Webhooks.Attempt> webhookAttempts() {
    return webhooks.attempts();
  }

  /** A webhook's status and failure count as wp-admin shows them. */
  public String webhookStatus(long webhookId) {
    synchronized (store.lock) {
      return webhooks.get(webhookId).status;
    }
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
    private ZoneId siteTimeZone = ZoneId.of("America/New_York");
    private String treatAsHttpsHeader = "X-Forwarded-Proto";
    private WebhookDelivery webhookDelivery = WebhookDelivery.actionScheduler();
    private Duration webhookTimeout = Duration.ofSeconds(10);
    private boolean backgroundDelivery = true;
    private WooApi.Latency latency = WooApi.Latency.NONE;

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

    public Builder siteTimeZone(ZoneId value) {
      siteTimeZone = value;
      return this;
    }

    /** A request carrying this header with value {@code https} counts as HTTPS. */
    public Builder treatAsHttpsHeader(String value) {
      treatAsHttpsHeader = value;
      return this;
    }

    /**
     * The prompt delivery model ({@link WebhookDelivery#prompt}): each webhook goes out {@code
     * value} after its event, not when Action Scheduler's queue runs.
     */
    public Builder webhookLag(Duration value) {
      webhookDelivery = WebhookDelivery.prompt(value);
      return this;
    }

    /** When queued webhooks go out; {@link WebhookDelivery#actionScheduler()} by default. */
    public Builder webhookDelivery(WebhookDelivery value) {
      webhookDelivery = value;
      return this;
    }

    public Builder webhookTimeout(Duration value) {
      webhookTimeout = value;
      return this;
    }

    /** Off: only {@link #deliverDueWebhooks()} delivers (tests that count deliveries). */
    public Builder backgroundDelivery(boolean value) {
      backgroundDelivery = value;
      return this;
    }

    public Builder latency(Duration read, Duration write, Duration batch) {
      latency = new WooApi.Latency(read, write, batch);
      return this;
    }

    public WooCommerceSimulator start() {
      return new WooCommerceSimulator(this);
    }
  }
}
