package dev.stockbook.it.orders;

import dev.stockbook.app.config.ConfigFile;
import dev.stockbook.app.config.ConfigWriter;
import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.core.engine.SyncEngine;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.quickbooks.AccessTokenSource;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.quickbooks.RateGovernor;
import dev.stockbook.quickbooks.RateGovernors;
import dev.stockbook.sim.quickbooks.CompanySettings;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.woocommerce.OrderOptions;
import dev.stockbook.sim.woocommerce.Shopper;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Both simulators seeded with the demo company and store, a {@code stockbook.yaml} written with
 * {@link ConfigWriter} (so the CLI reads the same file), and the engine wired from it on SQLite, as
 * {@code stockbook sync} wires it. QuickBooks is read back over HTTP with the production client.
 */
final class OrdersWorld implements AutoCloseable {
  static final String CONNECTION = "orders";
  final QuickBooksSimulator qb;
  final WooCommerceSimulator woo;
  final Path configFile;
  final QuickBooksBack books;
  final WooRest store;

  /** The engine's governor keeps QuickBooks' real limits, on this clock that its waits move. */
  final GovernorTime governorTime = new GovernorTime();

  /** The engine's clock: the wall clock, moved ahead by {@link #laterBy} (daily summaries). */
  final AheadClock engineClock = new AheadClock();

  private Wiring wiring;
  private final RateGovernors governors;

  private OrdersWorld(Path dir, Map<String, String> overrides) throws Exception {
    this(dir, overrides, CompanySettings.us());
  }

  private OrdersWorld(Path dir, Map<String, String> overrides, CompanySettings company)
      throws Exception {
    qb = QuickBooksSimulator.builder().company(company).start();
    qb.seedDemoCompany();
    woo = WooCommerceSimulator.builder().start();
    woo.seedDemoStore();
    qb.options().disableLimits();
    governors =
        new RateGovernors(governorTime, governorTime::advance)
            .use(
                qb.baseUrl().toString(),
                qb.realmId(),
                new RateGovernor(
                    RateGovernor.Limits.QUICKBOOKS, governorTime, governorTime::advance));
    Map<String, String> connection =
        new LinkedHashMap<>(DemoWorld.connectionSettings(qb, woo, qb.issueTokens()));
    connection.put("name", CONNECTION);
    connection.putAll(overrides);
    configFile = dir.resolve("stockbook.yaml");
    ConfigWriter.write(
        configFile, "jdbc:sqlite:" + dir.resolve("stockbook.db").toAbsolutePath(), connection);
    wiring = Wiring.open(config(), engineClock, governors);
    books =
        new QuickBooksBack(
            QuickBooksClient.builder()
                .baseUrl(qb.baseUrl().toString())
                .realmId(qb.realmId())
                .tokens(AccessTokenSource.fixed(qb.issueTokens().accessToken()))
                .governor(wiring.governors().forCompany(qb.baseUrl().toString(), qb.realmId()))
                .build());
    store = new WooRest(woo);
  }

  /**
   * The demo world. The simulator's own throttles are off: the engine's governor enforces
   * QuickBooks' real limits, but waits on {@link GovernorTime} instead of the wall clock, so a test
   * that sends 300 documents or gets a 429 does not wait for real.
   */
  static OrdersWorld start(Path dir) throws Exception {
    return new OrdersWorld(dir, Map.of());
  }

  /** With connection settings changed, e.g. {@code sync.unmatchedSku=hold}. */
  static OrdersWorld start(Path dir, Map<String, String> overrides) throws Exception {
    return new OrdersWorld(dir, overrides);
  }

  /** A QuickBooks company set up as {@code company} (country, currencies, tracking). */
  static OrdersWorld start(Path dir, Map<String, String> overrides, CompanySettings company)
      throws Exception {
    return new OrdersWorld(dir, overrides, company);
  }

  StockbookConfig config() throws ConfigFile.Invalid {
    return ConfigFile.load(configFile);
  }

  /** A fresh engine over the current wiring (engines keep nothing between cycles). */
  SyncEngine engine() {
    return wiring.engine(CONNECTION);
  }

  Wiring wiring() {
    return wiring;
  }

  /** One cycle as the scheduler runs it. */
  CycleReport cycle() {
    return engine().runCycle(false);
  }

  /** Stops the process: closes the state store and wires everything again from the same file. */
  void restart() throws Exception {
    wiring.close();
    wiring = Wiring.open(config(), engineClock, governors);
  }

  /** A paid card order at checkout; returns the store order id. */
  long order(String... skuQty) {
    return order(OrderOptions.defaults(), skuQty);
  }

  /** {@code skuQty} as "SKU:quantity" pairs. */
  long order(OrderOptions options, String... skuQty) {
    List<Shopper.Line> lines =
        Arrays.stream(skuQty)
            .map(s -> s.split(":"))
            .map(p -> new Shopper.Line(p[0], p.length > 1 ? Integer.parseInt(p[1]) : 1))
            .toList();
    return woo.shopper().placeOrder(lines, options);
  }

  /**
   * A REST {@code line_items} entry for {@code sku}, by product (and variation) id as WooCommerce
   * wants it.
   */
  com.fasterxml.jackson.databind.node.ObjectNode line(String sku, int quantity) {
    com.fasterxml.jackson.databind.JsonNode p = woo.product(sku);
    com.fasterxml.jackson.databind.node.ObjectNode line =
        WooRest.object().put("quantity", quantity);
    if ("variation".equals(p.path("type").asText())) {
      return line.put("product_id", p.path("parent_id").asLong())
          .put("variation_id", p.path("id").asLong());
    }
    return line.put("product_id", p.path("id").asLong());
  }

  static String docNumber(long orderId) {
    return "WEB-" + orderId;
  }

  /** The engine's clock runs {@code ahead} of the wall clock (the simulators keep theirs). */
  void laterBy(java.time.Duration ahead) {
    engineClock.ahead = ahead;
  }

  /** The system clock plus a settable offset. */
  static final class AheadClock extends Clock {
    volatile java.time.Duration ahead = java.time.Duration.ZERO;

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      return Clock.systemUTC().instant().plus(ahead);
    }
  }

  @Override
  public void close() throws Exception {
    wiring.close();
    woo.close();
    qb.close();
  }
}
