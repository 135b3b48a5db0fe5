package dev.stockbook.it.chaos;

import dev.stockbook.app.config.ConfigWriter;
import dev.stockbook.demo.Bookkeeper;
import dev.stockbook.demo.DemoStore;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.quickbooks.AccessTokenSource;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.quickbooks.RateGovernors;
import dev.stockbook.sim.common.FaultPlan;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * QuickBooks and a store simulator (WooCommerce or Shopify), seeded, in the test JVM, plus the
 * config file and SQLite state file the real {@code stockbook} process uses. Everything the test
 * itself says to QuickBooks goes over HTTP.
 */
final class ChaosWorld implements AutoCloseable {
  final QuickBooksSimulator quickbooks;
  final ChaosStore store;
  final Path config;
  final String databaseUrl;
  final Map<String, String> connection;

  ChaosWorld(long seed, DemoStore.Kind kind, Path dir) throws IOException {
    quickbooks = QuickBooksSimulator.builder().seed(seed).faults(new FaultPlan(seed)).start();
    quickbooks.seedDemoCompany();
    store = ChaosStore.of(kind, seed);
    connection =
        DemoWorld.connectionSettings(quickbooks, store.demo().settings(), quickbooks.issueTokens());
    config = dir.resolve("stockbook.yaml");
    databaseUrl = "jdbc:sqlite:" + dir.resolve("stockbook.db").toAbsolutePath();
    ConfigWriter.write(config, databaseUrl, connection);
  }

  /** A QuickBooks client of the test's own (its own token, its own rate governor). */
  QuickBooksClient client() {
    return QuickBooksClient.builder()
        .baseUrl(quickbooks.baseUrl().toString())
        .realmId(quickbooks.realmId())
        .tokens(AccessTokenSource.fixed(quickbooks.issueTokens().accessToken()))
        .governor(
            RateGovernors.processWide()
                .forCompany(quickbooks.baseUrl().toString(), quickbooks.realmId()))
        .build();
  }

  Bookkeeper bookkeeper() {
    return new Bookkeeper(client());
  }

  void faultsOff() {
    quickbooks.faults().clear(0);
    store.demo().faults().clear(0);
  }

  @Override
  public void close() {
    store.demo().close();
    quickbooks.close();
  }
}
