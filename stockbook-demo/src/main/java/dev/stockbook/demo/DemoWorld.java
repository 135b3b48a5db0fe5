package dev.stockbook.demo;

import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.core.engine.SyncEngine;
import dev.stockbook.quickbooks.AccessTokenSource;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.quickbooks.Tokens;
import dev.stockbook.sim.shopify.ShopifySimulator;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreProduct;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything local, in one process: the QuickBooks Online simulator with the demo company, a store
 * simulator (WooCommerce or Shopify, {@link DemoStore}) with the demo store, a SQLite state file,
 * and the engine wired exactly as {@code stockbook sync} wires it, through a validated connection
 * config. Also how the story reads both sides back over HTTP.
 */
public final class DemoWorld implements AutoCloseable {
  public static final String CONNECTION = "demo";
  private final QuickBooksSimulator quickbooks;
  private final DemoStore store;
  private final Map<String, String> connection;
  private final StockbookConfig config;
  private final Wiring wiring;
  private final Bookkeeper bookkeeper;
  private final StoreConnector storeReader;

  private DemoWorld(
      QuickBooksSimulator quickbooks, DemoStore store, Path dataDir, Map<String, String> extra) {
    this.quickbooks = quickbooks;
    this.store = store;
    Tokens tokens = quickbooks.issueTokens();
    this.connection = new LinkedHashMap<>(connectionSettings(quickbooks, store.settings(), tokens));
    this.connection.putAll(extra);
    ConnectionConfig.Validated validated = ConnectionConfig.validate(connection, "");
    if (!validated.ok()) {
      throw new IllegalStateException("demo config is invalid: " + validated.problems());
    }
    String database = "jdbc:sqlite:" + dataDir.resolve("stockbook.db").toAbsolutePath();
    this.config = new StockbookConfig(database, 8080, "", List.of(validated.values()));
    this.wiring = Wiring.open(config, Clock.systemUTC());
    this.bookkeeper =
        new Bookkeeper(
            QuickBooksClient.builder()
                .baseUrl(quickbooks.baseUrl().toString())
                .realmId(quickbooks.realmId())
                .tokens(AccessTokenSource.fixed(quickbooks.issueTokens().accessToken()))
                .governor(
                    wiring
                        .governors()
                        .forCompany(quickbooks.baseUrl().toString(), quickbooks.realmId()))
                .build());
    this.storeReader = wiring.context(validated.values()).store();
  }

  /**
   * Starts QuickBooks and WooCommerce simulators on the given ports (0 = any free port), seeded,
   * and the engine.
   */
  public static DemoWorld start(Path dataDir, int quickbooksPort, int woocommercePort) {
    return start(dataDir, quickbooksPort, DemoStore.Kind.WOOCOMMERCE, woocommercePort);
  }

  /** Starts QuickBooks and a store simulator of {@code kind}, seeded, and the engine. */
  public static DemoWorld start(
      Path dataDir, int quickbooksPort, DemoStore.Kind kind, int storePort) {
    SimClock clock = SimClock.system();
    QuickBooksSimulator qb =
        QuickBooksSimulator.builder().port(quickbooksPort).clock(clock).start();
    qb.seedDemoCompany();
    DemoStore store = kind.start(storePort, clock);
    return new DemoWorld(qb, store, dataDir, Map.of());
  }

  /**
   * The bookkeeping world of {@code demo --books}: a Canadian company (HST 13%) with multicurrency
   * and class tracking on, the store selling in US dollars, and the connection set for it (tax
   * codes, USD at 1.36, class Retail, gift cards, Stripe's fee). See docs/accounting.md.
   */
  public static DemoWorld startBooks(Path dataDir, int quickbooksPort, int woocommercePort) {
    QuickBooksSimulator qb =
        QuickBooksSimulator.builder()
            .port(quickbooksPort)
            .company(
                dev.stockbook.sim.quickbooks.CompanySettings.builder()
                    .country("CA")
                    .multiCurrency(true)
                    .classTrackingPerTxn(true)
                    .build())
            .start();
    qb.seedDemoCompany();
    DemoStore store = DemoStore.Kind.WOOCOMMERCE.start(woocommercePort, SimClock.system());
    return new DemoWorld(qb, store, dataDir, BOOKS);
  }

  /** The connection settings of {@link #startBooks}. */
  public static final Map<String, String> BOOKS =
      Map.of(
          "sync.currency", "CAD",
          "sync.currencies", "USD",
          "sync.exchangeRates", "USD=1.36",
          "sync.salesTax", "tax-codes",
          "sync.taxCodes", "US-TAX-1=HST ON,none=Zero-rated",
          "sync.class", "Retail",
          "sync.giftCardSkus", "GIFT-25",
          "sync.giftCardRedemptions", "Gift card",
          "sync.gatewayFees", "stripe=2.9%+0.30");

  /**
   * The flat settings of one connection to these simulators (what {@code --write-config} writes).
   */
  public static Map<String, String> connectionSettings(
      QuickBooksSimulator qb, WooCommerceSimulator woo, Tokens tokens) {
    return connectionSettings(qb, WooCommerceDemoStore.settings(woo), tokens);
  }

  /** The same with any store's {@code store.*} settings. */
  public static Map<String, String> connectionSettings(
      QuickBooksSimulator qb, Map<String, String> storeSettings, Tokens tokens) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("name", CONNECTION);
    c.put("quickbooks.baseUrl", qb.baseUrl().toString());
    c.put("quickbooks.realmId", qb.realmId());
    c.put("quickbooks.clientId", qb.clientId());
    c.put("quickbooks.clientSecret", qb.clientSecret());
    c.put("quickbooks.accessToken", tokens.accessToken());
    c.put("quickbooks.refreshToken", tokens.refreshToken());
    c.put("quickbooks.tokenUrl", qb.tokenUrl().toString());
    c.put("quickbooks.webhookVerifierToken", qb.webhookVerifierToken());
    c.putAll(storeSettings);
    return c;
  }

  public SyncEngine engine() {
    return wiring.engine(CONNECTION);
  }

  public Wiring wiring() {
    return wiring;
  }

  public Bookkeeper bookkeeper() {
    return bookkeeper;
  }

  public QuickBooksSimulator quickbooks() {
    return quickbooks;
  }

  /** The store simulator, whichever kind. */
  public DemoStore store() {
    return store;
  }

  /** The WooCommerce simulator; only when the demo plays on WooCommerce. */
  public WooCommerceSimulator woocommerce() {
    if (store instanceof WooCommerceDemoStore woo) {
      return woo.sim();
    }
    throw new IllegalStateException(
        "this demo plays on " + store.kind().label() + ", not WooCommerce");
  }

  /** The Shopify simulator; only when the demo plays on Shopify. */
  public ShopifySimulator shopify() {
    if (store instanceof ShopifyDemoStore shop) {
      return shop.sim();
    }
    throw new IllegalStateException("this demo plays on " + store.kind().label() + ", not Shopify");
  }

  public Map<String, String> connection() {
    return connection;
  }

  public StockbookConfig config() {
    return config;
  }

  /**
   * POSTs {@code body} (JSON) to the WooCommerce simulator's REST API as the merchant's API key
   * would; returns the answer whatever its status.
   */
  public HttpResponse<String> storePost(String path, String body) {
    if (store instanceof WooCommerceDemoStore woo) {
      return woo.post(path, body);
    }
    throw new IllegalStateException(
        "this demo plays on " + store.kind().label() + ", not WooCommerce");
  }

  /** The store's number of order {@code orderId} (what WEB-<number> is made of), read over HTTP. */
  public String orderNumber(String orderId) {
    return storeReader.ordersById(List.of(orderId)).stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the store has no order " + orderId))
        .number();
  }

  /** What the store shows for {@code sku}, read over HTTP through the store's API. */
  public Long storeShows(String sku) {
    return storeReader.productsBySku(List.of(sku)).stream()
        .filter(p -> p.sku().equals(sku))
        .map(StoreProduct::stockQuantity)
        .findFirst()
        .orElse(null);
  }

  @Override
  public void close() throws Exception {
    storeReader.close();
    wiring.close();
    store.close();
    quickbooks.close();
  }
}
