package dev.stockbook.demo;

import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.core.engine.SyncEngine;
import dev.stockbook.quickbooks.AccessTokenSource;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.quickbooks.Tokens;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import dev.stockbook.store.StoreConnector;
import dev.stockbook.store.StoreProduct;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything local, in one process: the QuickBooks Online simulator with the demo company, the
 * WooCommerce simulator with the demo store, a SQLite state file, and the engine wired exactly as
 * {@code stockbook sync} wires it, through a validated connection config. Also how the story reads
 * both sides back over HTTP.
 */
public final class DemoWorld implements AutoCloseable {
  public static final String CONNECTION = "demo";
  private final QuickBooksSimulator quickbooks;
  private final WooCommerceSimulator woocommerce;
  private final Map<String, String> connection;
  private final StockbookConfig config;
  private final Wiring wiring;
  private final Bookkeeper bookkeeper;
  private final StoreConnector storeReader;

  private DemoWorld(
      QuickBooksSimulator quickbooks,
      WooCommerceSimulator woocommerce,
      Path dataDir,
      Map<String, String> extra) {
    this.quickbooks = quickbooks;
    this.woocommerce = woocommerce;
    Tokens tokens = quickbooks.issueTokens();
    this.connection = new LinkedHashMap<>(connectionSettings(quickbooks, woocommerce, tokens));
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

  /** Starts both simulators on the given ports (0 = any free port), seeded, and the engine. */
  public static DemoWorld start(Path dataDir, int quickbooksPort, int woocommercePort) {
    QuickBooksSimulator qb = QuickBooksSimulator.builder().port(quickbooksPort).start();
    qb.seedDemoCompany();
    WooCommerceSimulator woo = WooCommerceSimulator.builder().port(woocommercePort).start();
    woo.seedDemoStore();
    return new DemoWorld(qb, woo, dataDir, Map.of());
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
    WooCommerceSimulator woo = WooCommerceSimulator.builder().port(woocommercePort).start();
    woo.seedDemoStore();
    return new DemoWorld(qb, woo, dataDir, BOOKS);
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
    c.put("store.type", "woocommerce");
    c.put("store.url", woo.baseUrl().toString());
    c.put("store.consumerKey", woo.consumerKey());
    c.put("store.consumerSecret", woo.consumerSecret());
    c.put("store.auth", "basic");
    c.put("store.treatAsHttpsHeader", "X-Forwarded-Proto: https");
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

  public WooCommerceSimulator woocommerce() {
    return woocommerce;
  }

  public Map<String, String> connection() {
    return connection;
  }

  public StockbookConfig config() {
    return config;
  }

  /** What the store shows for {@code sku}, read over HTTP through the WooCommerce API. */
  /**
   * POSTs {@code body} (JSON) to the store simulator's REST API as the merchant's API key would;
   * returns the answer whatever its status.
   */
  public HttpResponse<String> storePost(String path, String body) {
    String auth = woocommerce.consumerKey() + ":" + woocommerce.consumerSecret();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(woocommerce.baseUrl() + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)))
            .header("X-Forwarded-Proto", "https")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("could not reach the store simulator: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

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
    woocommerce.close();
    quickbooks.close();
  }
}
