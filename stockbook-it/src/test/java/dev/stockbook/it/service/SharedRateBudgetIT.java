package dev.stockbook.it.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.wiring.KeyRotation;
import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.config.ConnectionConfig;
import dev.stockbook.demo.DemoWorld;
import dev.stockbook.quickbooks.AccessTokenSource;
import dev.stockbook.quickbooks.QuickBooksClient;
import dev.stockbook.quickbooks.RateGovernors;
import dev.stockbook.sim.quickbooks.QuickBooksSimulator;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL, each with its own governors, send to one QuickBooks company as fast
 * as they can: together they stay under the simulator's limits (10 a second, 500 a minute), because
 * both count in the database's budget; and the database counts every call for the month.
 */
class SharedRateBudgetIT {
  private static final String KEY = KeyRotation.newKey();
  private final PostgresDatabases databases = new PostgresDatabases();

  @AfterEach
  void drop() {
    databases.dropAll();
  }

  @Test
  void two_nodes_on_one_company_together_stay_under_its_limits_and_every_call_is_counted()
      throws Exception {
    try (QuickBooksSimulator qb = QuickBooksSimulator.builder().start();
        WooCommerceSimulator woo =
            WooCommerceSimulator.builder().backgroundDelivery(false).start()) {
      qb.seedDemoCompany();
      StockbookConfig config =
          new StockbookConfig(
              databases.create(),
              0,
              "",
              List.of(
                  ConnectionConfig.validate(
                          DemoWorld.connectionSettings(qb, woo, qb.issueTokens()), "")
                      .values()));
      String token = qb.issueTokens().accessToken();
      int perThread = 12;
      int threads = 8;
      try (Wiring one = open(config);
          Wiring two = open(config)) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          Wiring node = t % 2 == 0 ? one : two;
          QuickBooksClient client =
              QuickBooksClient.builder()
                  .baseUrl(qb.baseUrl().toString())
                  .realmId(qb.realmId())
                  .tokens(AccessTokenSource.fixed(token))
                  .governor(node.governors().forCompany(qb.baseUrl().toString(), qb.realmId()))
                  .build();
          done.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < perThread; i++) {
                      client.query("select * from Item maxresults 1");
                    }
                  }));
        }
        for (Future<?> f : done) {
          f.get();
        }
        pool.shutdown();
        long throttled = qb.journal().count(e -> e.status() == 429);
        assertThat(throttled).as("requests QuickBooks refused as over its limits").isZero();
        two.quickBooksCallsThisMonth();
        assertThat(one.quickBooksCallsThisMonth())
            .containsEntry(
                RateGovernors.key(qb.baseUrl().toString(), qb.realmId()),
                (long) perThread * threads);
      }
    }
  }

  private static Wiring open(StockbookConfig config) {
    return Wiring.open(
        config, Clock.systemUTC(), null, name -> "STOCKBOOK_MASTER_KEY".equals(name) ? KEY : null);
  }
}
