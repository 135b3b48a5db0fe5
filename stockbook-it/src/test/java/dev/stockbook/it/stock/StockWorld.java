package dev.stockbook.it.stock;

import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.core.engine.SyncEngine;
import dev.stockbook.core.state.StockRecord;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.quickbooks.AccessTokenSource;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.sim.common.SimClock;
import dev.stockbook.sim.quickbooks.QuickBooksOptions;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Both simulators seeded with the demo company and store, one {@link SimClock} for them and the
 * engine, SQLite state, and the engine wired exactly as {@code stockbook sync} wires it, through a
 * validated config. Tests act as the bookkeeper ({@link #books()}), the merchant ({@link #admin()})
 * and shoppers, and read both sides back over HTTP.
 */
final class StockWorld implements AutoCloseable {
  final SimClock clock = SimClock.system();
  final QuickBooksSimulator quickbooks;
  final WooCommerceSimulator woocommerce;
  private final Map<String, String> connection;
  private final StockbookConfig config;
  private final Wiring wiring;
  private final QuickBooksDesk books;
  private final StoreAdmin admin;

  private StockWorld(Path dir, QuickBooksOptions options, Map<String, String> overrides) {
    quickbooks = QuickBooksSimulator.builder().clock(clock).options(options).start();
    quickbooks.seedDemoCompany();
    woocommerce = WooCommerceSimulator.builder().clock(clock).backgroundDelivery(false).start();
    woocommerce.seedDemoStore();
    connection =
        new LinkedHashMap<>(
            DemoWorld.connectionSettings(quickbooks, woocommerce, quickbooks.issueTokens()));
    connection.putAll(overrides);
    ConnectionConfig.Validated validated = ConnectionConfig.validate(connection, "");
    if (!validated.ok()) {
      throw new IllegalStateException("test config is invalid: " + validated.problems());
    }
    String database = "jdbc:sqlite:" + dir.resolve("stockbook.db").toAbsolutePath();
    config = new StockbookConfig(database, 0, "", List.of(validated.values()));
    wiring = Wiring.open(config, clock);
    books =
        new QuickBooksDesk(
            QuickBooksClient.builder()
                .baseUrl(quickbooks.baseUrl().toString())
                .realmId(quickbooks.realmId())
                .tokens(AccessTokenSource.fixed(quickbooks.issueTokens().accessToken()))
                .build());
    admin = new StoreAdmin(woocommerce);
  }

  /**
   * The demo world; QuickBooks' throttles are off because the test's own bookkeeping requests share
   * them with the engine (the counting test turns them on for what it measures).
   */
  static StockWorld start(Path dir, boolean transactionsBumpItems) {
    return start(
        dir,
        new QuickBooksOptions().transactionsBumpItems(transactionsBumpItems).disableLimits(),
        Map.of());
  }

  static StockWorld start(Path dir, QuickBooksOptions options, Map<String, String> overrides) {
    return new StockWorld(dir, options, overrides);
  }

  SyncEngine engine() {
    return wiring.engine(DemoWorld.CONNECTION);
  }

  /** One ordinary cycle, a little later than the last one (the clock moves, as in production). */
  CycleReport cycle() {
    clock.advance(Duration.ofSeconds(5));
    return engine().runCycle(false);
  }

  /** A cycle with the full sweep (the daily comparison, forced). */
  CycleReport sweep() {
    clock.advance(Duration.ofSeconds(5));
    return engine().runCycle(true);
  }

  QuickBooksDesk books() {
    return books;
  }

  StoreAdmin admin() {
    return admin;
  }

  Wiring wiring() {
    return wiring;
  }

  StockbookConfig config() {
    return config;
  }

  Map<String, String> connection() {
    return connection;
  }

  /** QuickBooks' quantity on hand, read over HTTP. */
  BigDecimal onHand(String sku) {
    return books.onHand(sku);
  }

  /** What the store shows (the stock a sale of {@code sku} draws from), read over HTTP. */
  Long storeShows(String sku) {
    return admin.stock(sku);
  }

  StockRecord record(String sku) {
    return wiring
        .state()
        .stock()
        .find(DemoWorld.CONNECTION, sku)
        .orElseThrow(() -> new AssertionError("no stock record for " + sku));
  }

  @Override
  public void close() throws Exception {
    wiring.close();
    woocommerce.close();
    quickbooks.close();
  }
}
