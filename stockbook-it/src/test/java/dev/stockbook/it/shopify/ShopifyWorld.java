package dev.stockbook.it.shopify;

import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.core.state.StockRecord;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.demo.Bookkeeper;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.demo.ShopifyDemoStore;
import dev.stockbook.demo.WooCommerceDemoStore;
import dev.stockbook.quickbooks.AccessTokenSource;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.shopify.ShopifySimulator;
import dev.stockbook.sim.shopify.Shopper;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreProduct;
import dev.stockbook.store.config.ConfigValues;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One QuickBooks company (demo seed, limits off: the test's bookkeeper shares them) with two
 * connections, wired exactly as {@code stockbook sync} wires them: {@value #SHOP} to a Shopify
 * simulator and {@value #WOO} to a WooCommerce simulator, both seeded with the demo store. The
 * Shopify simulator runs on a stopped clock, so its cost bucket refills only when a test says
 * ({@link #refillBucket}); its webhooks go out only on demand.
 */
final class ShopifyWorld implements AutoCloseable {
  static final String SHOP = "shop";
  static final String WOO = "woo";

  final QuickBooksSimulator quickbooks;
  final ShopifySimulator shopify;
  final WooCommerceSimulator woocommerce;
  final SimClock shopClock = SimClock.fixed(Instant.now());
  final Bookkeeper bookkeeper;
  private final Path dir;
  private final Map<String, Map<String, String>> connections = new LinkedHashMap<>();
  private Wiring wiring;

  private ShopifyWorld(Path dir, Map<String, String> shopChanges) {
    this.dir = dir;
    quickbooks = QuickBooksSimulator.builder().start();
    quickbooks.seedDemoCompany();
    quickbooks.options().disableLimits();
    shopify = ShopifySimulator.builder().clock(shopClock).promptWebhooks(false).start();
    shopify.seedDemoStore();
    woocommerce = WooCommerceSimulator.builder().backgroundDelivery(false).start();
    woocommerce.seedDemoStore();
    Map<String, String> shop =
        new LinkedHashMap<>(
            DemoWorld.connectionSettings(
                quickbooks, ShopifyDemoStore.settings(shopify), quickbooks.issueTokens()));
    shop.put("name", SHOP);
    shop.putAll(shopChanges);
    Map<String, String> woo =
        new LinkedHashMap<>(
            DemoWorld.connectionSettings(
                quickbooks, WooCommerceDemoStore.settings(woocommerce), quickbooks.issueTokens()));
    woo.put("name", WOO);
    connections.put(SHOP, shop);
    connections.put(WOO, woo);
    wiring = open();
    bookkeeper =
        new Bookkeeper(
            QuickBooksClient.builder()
                .baseUrl(quickbooks.baseUrl().toString())
                .realmId(quickbooks.realmId())
                .tokens(AccessTokenSource.fixed(quickbooks.issueTokens().accessToken()))
                .build());
  }

  static ShopifyWorld start(Path dir) {
    return new ShopifyWorld(dir, Map.of());
  }

  /** With some of the Shopify connection's settings changed (keys with their prefix). */
  static ShopifyWorld start(Path dir, Map<String, String> shopChanges) {
    return new ShopifyWorld(dir, shopChanges);
  }

  private Wiring open() {
    List<ConfigValues> all = new ArrayList<>();
    for (Map<String, String> c : connections.values()) {
      ConnectionConfig.Validated v = ConnectionConfig.validate(c, "");
      if (!v.ok()) {
        throw new IllegalStateException("test config is invalid: " + v.problems());
      }
      all.add(v.values());
    }
    String database = "jdbc:sqlite:" + dir.resolve("stockbook.db").toAbsolutePath();
    return Wiring.open(new StockbookConfig(database, 0, "", all), Clock.systemUTC());
  }

  /** The operator edits the Shopify connection's settings and restarts Stockbook (same state). */
  void reconfigureShop(Map<String, String> changes) throws Exception {
    connections.get(SHOP).putAll(changes);
    wiring.close();
    wiring = open();
  }

  Wiring wiring() {
    return wiring;
  }

  CycleReport cycle(String connection) {
    return wiring.engine(connection).runCycle(false);
  }

  CycleReport sweep(String connection) {
    return wiring.engine(connection).runCycle(true);
  }

  /** A paid Shopify checkout; returns the order id. */
  String shopOrder(String sku, int quantity) {
    return String.valueOf(shopify.shopper().placeOrder(List.of(new Shopper.Line(sku, quantity))));
  }

  /** A paid WooCommerce checkout; returns the order id. */
  String wooOrder(String sku, int quantity) {
    return String.valueOf(
        woocommerce
            .shopper()
            .placeOrder(List.of(new dev.stockbook.sim.woocommerce.Shopper.Line(sku, quantity))));
  }

  /** The QuickBooks document number of a store order, from the store's number read over HTTP. */
  String docNumber(String connection, String orderId) {
    try (StoreConnector store = store(connection)) {
      return "WEB-" + store.ordersById(List.of(orderId)).get(0).number();
    }
  }

  int salesReceipts(String connection, String orderId) {
    return bookkeeper.countDocuments("SalesReceipt", docNumber(connection, orderId));
  }

  /** What the connection's store shows for the SKU, read over HTTP (null: no such product). */
  Long storeShows(String connection, String sku) {
    try (StoreConnector store = store(connection)) {
      return store.productsBySku(List.of(sku)).stream()
          .filter(p -> p.sku().equals(sku))
          .map(StoreProduct::stockQuantity)
          .findFirst()
          .orElse(null);
    }
  }

  private StoreConnector store(String connection) {
    return wiring
        .context(ConnectionConfig.validate(connections.get(connection), "").values())
        .store();
  }

  StockRecord stock(String connection, String sku) {
    return wiring
        .state()
        .stock()
        .find(connection, sku)
        .orElseThrow(() -> new AssertionError("no stock record for " + sku + " in " + connection));
  }

  Optional<TrackedOrder> order(String connection, String orderId) {
    return wiring.state().orders().find(connection, orderId);
  }

  /** The Shopify bucket refills: its clock moves on by {@code seconds}. */
  void refillBucket(int seconds) {
    shopClock.advance(Duration.ofSeconds(seconds));
  }

  @Override
  public void close() throws Exception {
    wiring.close();
    woocommerce.close();
    shopify.close();
    quickbooks.close();
  }
}
