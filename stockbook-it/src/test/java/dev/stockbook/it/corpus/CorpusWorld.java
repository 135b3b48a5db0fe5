package dev.stockbook.it.corpus;

import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.core.engine.SyncEngine;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.demo.Bookkeeper;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.quickbooks.AccessTokenSource;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Both simulators, the order-feed stub in front of the store, and the engine wired as {@code
 * stockbook sync} wires it.
 */
final class CorpusWorld implements AutoCloseable {
  final QuickBooksSimulator quickbooks = QuickBooksSimulator.builder().seed(9).start();
  final WooCommerceSimulator woocommerce = WooCommerceSimulator.builder().seed(9).start();
  final OrderFeedStub feed;
  final Wiring wiring;
  private final SyncEngine engine;

  CorpusWorld(Path dir) throws Exception {
    quickbooks.seedDemoCompany();
    woocommerce.seedDemoStore();
    feed = new OrderFeedStub(woocommerce.baseUrl());
    Map<String, String> settings =
        new java.util.LinkedHashMap<>(
            DemoWorld.connectionSettings(quickbooks, woocommerce, quickbooks.issueTokens()));
    settings.put("store.url", feed.url().toString());
    ConnectionConfig.Validated v = ConnectionConfig.validate(settings, "");
    wiring =
        Wiring.open(
            new StockbookConfig(
                "jdbc:sqlite:" + dir.resolve("corpus.db").toAbsolutePath(),
                0,
                "",
                List.of(v.values())),
            Clock.systemUTC());
    engine = wiring.engine(DemoWorld.CONNECTION);
  }

  Bookkeeper bookkeeper() {
    return new Bookkeeper(
        QuickBooksClient.builder()
            .baseUrl(quickbooks.baseUrl().toString())
            .realmId(quickbooks.realmId())
            .tokens(AccessTokenSource.fixed(quickbooks.issueTokens().accessToken()))
            .governor(
                wiring
                    .governors()
                    .forCompany(quickbooks.baseUrl().toString(), quickbooks.realmId()))
            .build());
  }

  CycleReport cycle() {
    return engine.runCycle(false);
  }

  Optional<TrackedOrder> order(String id) {
    return wiring.state().orders().find(DemoWorld.CONNECTION, id);
  }

  @Override
  public void close() throws Exception {
    wiring.close();
    feed.close();
    woocommerce.close();
    quickbooks.close();
  }
}
