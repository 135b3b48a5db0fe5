package dev.stockbook.it.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.demo.Bookkeeper;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.quickbooks.AccessTokenSource;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.quickbooks.Tokens;
import dev.stockbook.woocommerce.RealWoo;
import dev.stockbook.woocommerce.WooRestStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real WooCommerce 10.0.2 (the {@code real-woo} profile's posts-storage store) and a fresh
 * QuickBooks simulator with the demo company, synced by the engine wired as {@code stockbook sync}
 * wires it. The store outlives the run: the story's products are set back to the seed's numbers,
 * and the first order read starts now, so earlier runs' orders stay out.
 */
final class RealWooWorld implements AutoCloseable {
  static final String CONNECTION = "realwoo";
  final WooRestStore store;
  final QuickBooksSimulator quickbooks;
  final QuickBooksBack books;
  final Bookkeeper bookkeeper;
  private final Wiring wiring;

  private RealWooWorld(Path dir) {
    store = RealWoo.open("real.woo.state", "/tmp/real-woo");
    store.adopt(List.of("redwine", "rosewine"));
    store.setStockInAdmin("redwine", 20);
    store.setStockInAdmin("rosewine", 12);
    quickbooks = QuickBooksSimulator.builder().start();
    quickbooks.seedDemoCompany();
    quickbooks.options().disableLimits();
    Map<String, String> connection = connection(quickbooks, quickbooks.issueTokens(), store);
    ConnectionConfig.Validated validated = ConnectionConfig.validate(connection, "");
    assertThat(validated.problems()).isEmpty();
    String database = "jdbc:sqlite:" + dir.resolve("stockbook.db").toAbsolutePath();
    wiring =
        Wiring.open(
            new StockbookConfig(database, 0, "", List.of(validated.values())), Clock.systemUTC());
    QuickBooksClient client =
        QuickBooksClient.builder()
            .baseUrl(quickbooks.baseUrl().toString())
            .realmId(quickbooks.realmId())
            .tokens(AccessTokenSource.fixed(quickbooks.issueTokens().accessToken()))
            .build();
    books = new QuickBooksBack(client);
    bookkeeper = new Bookkeeper(client);
  }

  static RealWooWorld start(Path dir) {
    return new RealWooWorld(dir);
  }

  /** The demo's QuickBooks settings with this store's, the first order read starting now. */
  private static Map<String, String> connection(
      QuickBooksSimulator qb, Tokens tokens, WooRestStore store) {
    Map<String, String> storeKeys = new LinkedHashMap<>();
    storeKeys.put("store.type", "woocommerce");
    store.connectionKeys().forEach((k, v) -> storeKeys.put("store." + k, v));
    Map<String, String> c =
        new LinkedHashMap<>(DemoWorld.connectionSettings(qb, storeKeys, tokens));
    c.put("name", CONNECTION);
    c.put("sync.firstOrderLookback", "0s");
    return c;
  }

  /** One ordinary cycle; it must report no problems. */
  CycleReport cycle() {
    return ok(wiring.engine(CONNECTION).runCycle(false));
  }

  /** A cycle with the full sweep (the daily comparison, forced). */
  CycleReport sweep() {
    return ok(wiring.engine(CONNECTION).runCycle(true));
  }

  private static CycleReport ok(CycleReport report) {
    assertThat(report.errors()).as(report.summary()).isEmpty();
    return report;
  }

  /** QuickBooks and the real store both show {@code quantity} for {@code sku}. */
  void expect(String sku, long quantity) {
    assertThat(books.onHand(sku))
        .as("QuickBooks " + sku)
        .isEqualByComparingTo(BigDecimal.valueOf(quantity));
    assertThat(store.stockOf(sku)).as("real store " + sku).isEqualTo(quantity);
  }

  /** The QuickBooks DocNumber of a store order (its number is its id in WooCommerce). */
  String docNumber(String orderId) {
    return OrdersWorld.docNumber(Long.parseLong(orderId));
  }

  @Override
  public void close() throws Exception {
    wiring.close();
    quickbooks.close();
    store.close();
  }
}
